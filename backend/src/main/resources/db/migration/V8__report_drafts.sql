-- Report files uploaded by editors, not yet public (nothing in the public API reads this
-- table). A draft is read again from its content for its preview; its counts and
-- warning count are kept for lists. Publishing imports the content as the import command
-- does; the draft then records when, by whom and what the import did.
CREATE TABLE report_draft (
    id                VARCHAR(36)  PRIMARY KEY,
    file_name         VARCHAR(300) NOT NULL,
    content           BYTEA        NOT NULL,
    checksum          VARCHAR(64)  NOT NULL,
    municipality_id   VARCHAR(64)  NOT NULL REFERENCES municipality (id),
    report_id         VARCHAR(200) NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    title             VARCHAR(500) NOT NULL,
    period_label      VARCHAR(100),
    counts            VARCHAR(2000) NOT NULL,
    warning_count     INT          NOT NULL,
    uploaded_by       BIGINT       NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    published_by      BIGINT,
    publish_outcome   VARCHAR(20),
    discarded_at      TIMESTAMP WITH TIME ZONE,
    discarded_by      BIGINT,
    CONSTRAINT report_draft_state CHECK (state IN ('DRAFT', 'PUBLISHED', 'DISCARDED'))
);
CREATE INDEX report_draft_municipality_idx ON report_draft (municipality_id, state);
