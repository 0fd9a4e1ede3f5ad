// Which SQL engine a store runs on: the embedded SQLite file or a PostgreSQL server.
export type Dialect = 'sqlite' | 'postgres';
