-- The line that states a record's status (a status cell, a symbol row, or a sentence
-- elsewhere in the report such as a summary paragraph); null where no status was read.
ALTER TABLE area ADD COLUMN status_line INT;
ALTER TABLE goal ADD COLUMN status_line INT;
ALTER TABLE commitment ADD COLUMN status_line INT;
ALTER TABLE initiative ADD COLUMN status_line INT;
ALTER TABLE internal_control ADD COLUMN status_line INT;

-- The version of the importer that read the report; null for reports imported before
-- versions were recorded. A report read by an older importer is read again from its
-- stored lines (report_line) on start.
ALTER TABLE report ADD COLUMN importer_version INT;
