-- Re-scoring after every item change aggregates a project's items by phase, severity and status, and the
-- readiness page reads those columns for every item. Covering them in one index lets SQLite answer both
-- from the index alone instead of visiting each row.
CREATE INDEX item_project_tally ON item (project_id, phase, severity, status, category, effort_min, effort_max);
