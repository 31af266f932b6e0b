-- StoryBank schema, version 5: what the interviews and journal screens need beyond schema 1.

-- A journal entry may cover a period, carries tags (by name: they become the story's tags when
-- the entry is promoted) and three 1-5 ratings that sort it among the story material (0: not
-- rated).
ALTER TABLE journal_entry ADD COLUMN end_date TEXT;
ALTER TABLE journal_entry ADD COLUMN impact INTEGER NOT NULL DEFAULT 0 CHECK (impact BETWEEN 0 AND 5);
ALTER TABLE journal_entry ADD COLUMN scope INTEGER NOT NULL DEFAULT 0 CHECK (scope BETWEEN 0 AND 5);
ALTER TABLE journal_entry ADD COLUMN involvement INTEGER NOT NULL DEFAULT 0
    CHECK (involvement BETWEEN 0 AND 5);

CREATE TABLE journal_entry_tag (
    entry_id INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;

-- A company's stated values or principles, listed on an interview and mapped to stories.
CREATE TABLE interview_value (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interview_value_by_interview ON interview_value (interview_id, position);

CREATE TABLE interview_value_story (
    value_id INTEGER NOT NULL REFERENCES interview_value (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    story_id INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    PRIMARY KEY (value_id, position)
) WITHOUT ROWID;
CREATE INDEX interview_value_story_by_story ON interview_value_story (story_id);

-- The "Tell me about yourself" answer in its three parts: the bank's default (interview_id
-- NULL, at most one) and an interview's own variant.
CREATE TABLE pitch (
    interview_id INTEGER REFERENCES interview (id) ON DELETE CASCADE,
    who          TEXT NOT NULL DEFAULT '',
    highlights   TEXT NOT NULL DEFAULT '',
    seeking      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX pitch_one_per_interview ON pitch (ifnull(interview_id, 0));

-- Planned and told stories are read per interview, in the order they were written.
CREATE INDEX interview_story_by_interview ON interview_story (interview_id, id);
