// `npm run db:seed`: loads the demo content into an empty database.
import { prepareDatabase } from "@/scripts/prepare-database";

prepareDatabase()
  .then((database) => database.stop())
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
