import { idOrNull } from "@/lib/forms/form-values";
import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { enteredTopicForm } from "@/lib/topics/topic-form";
import { topicsForNewsroom } from "@/lib/topics/topic-queries";
import { TOPICS_DONE, TOPICS_PROBLEMS, TopicsScreen } from "@/components/newsroom/screens/topics-screen";

export default async function TopicsPage({ params, searchParams }: PageProps<"/[locale]/newsroom/topics">) {
  const { locale } = await enterNewsroomPage(params, { type: "topics.manage" }, newsroomPaths.topics);
  const query = await searchParams;
  const outcome = outcomeFrom(query, TOPICS_DONE, TOPICS_PROBLEMS);
  return (
    <TopicsScreen
      locale={locale}
      topics={await topicsForNewsroom(locale)}
      typed={outcome.problem === "invalid" ? enteredTopicForm(query) : null}
      merge={{ fromId: idOrNull(query.fromId), intoId: idOrNull(query.intoId) }}
      {...outcome}
    />
  );
}
