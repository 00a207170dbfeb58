import type { ReactNode } from "react";

interface Props {
  /** Column headings, in order. */
  columns: ReactNode[];
  caption?: string;
  className?: string;
  /** The body's rows. */
  children: ReactNode;
}

/** The newsroom's one table shape: headed columns over rows, styled by `.newsroom-table`. */
export function NewsroomTable({ columns, caption, className, children }: Props) {
  return (
    <table className={className ? `newsroom-table ${className}` : "newsroom-table"}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" key={index}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
