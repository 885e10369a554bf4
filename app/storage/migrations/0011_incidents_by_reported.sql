-- The board report reads every incident reported in its period (IncidentsRepository.period_figures).
-- Without an index on reported_at that is a scan of the whole table and a sort: at 100,000 incidents
-- the first report of a quarter read every page of the table (256 ms of the query alone); with it,
-- only the quarter's rows, already in (reported_at, id) order. Portable SQL.
CREATE INDEX incidents_by_reported ON incidents (reported_at);
