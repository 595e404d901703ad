-- Imports used to store the path they were given; only the file name is published.
-- Drops everything up to the last '/' or '\' (the same expression on H2 and PostgreSQL).
UPDATE report SET source_file_name = REGEXP_REPLACE(source_file_name, '^.*[/\\]', '');
UPDATE import_run SET file_name = REGEXP_REPLACE(file_name, '^.*[/\\]', '');
