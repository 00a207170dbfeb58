/** A name's spellings, each isolated (Latin and Arabic side by side keep their own direction). */
export function SpellingList({ spellings }: { spellings: string[] }) {
  return (
    <ul className="spelling-list">
      {spellings.map((spelling) => (
        <li key={spelling} dir="auto">
          <bdi>{spelling}</bdi>
        </li>
      ))}
    </ul>
  );
}
