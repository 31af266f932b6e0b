-- StoryBank schema, version 1: the whole data model of DESIGN.md.
-- Every link table cascades from both ends so deleting a story, question, tag or category
-- never leaves an orphan row behind. Timestamps are ISO-8601 UTC text.

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE question (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    kind       TEXT NOT NULL DEFAULT 'behavioral'
               CHECK (kind IN ('behavioral', 'hypothetical', 'role_fit', 'technical',
                               'about_you', 'to_ask')),
    notes      TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE question_variant (
    question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (question_id, position)
) WITHOUT ROWID;

CREATE TABLE question_category (
    question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (question_id, category_id)
) WITHOUT ROWID;
CREATE INDEX question_category_by_category ON question_category (category_id);

CREATE TABLE story (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    method       TEXT NOT NULL DEFAULT 'STAR' CHECK (method IN ('STAR', 'STARL', 'CARL')),
    situation    TEXT NOT NULL DEFAULT '',
    task         TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL DEFAULT '',
    result       TEXT NOT NULL DEFAULT '',
    learning     TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    period       TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('idea', 'draft', 'ready')),
    impact       INTEGER NOT NULL DEFAULT 0 CHECK (impact BETWEEN 0 AND 5),
    complexity   INTEGER NOT NULL DEFAULT 0 CHECK (complexity BETWEEN 0 AND 5),
    involvement  INTEGER NOT NULL DEFAULT 0 CHECK (involvement BETWEEN 0 AND 5),
    confidence   INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 5),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE story_cue (
    story_id INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (story_id, position)
) WITHOUT ROWID;

CREATE TABLE tag (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    colour TEXT NOT NULL DEFAULT ''
);

CREATE TABLE story_tag (
    story_id INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (story_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX story_tag_by_tag ON story_tag (tag_id);

CREATE TABLE story_category (
    story_id    INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (story_id, category_id)
) WITHOUT ROWID;
CREATE INDEX story_category_by_category ON story_category (category_id);

CREATE TABLE story_question (
    story_id    INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    fit         TEXT NOT NULL DEFAULT 'strong' CHECK (fit IN ('strong', 'partial')),
    angle       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (story_id, question_id)
) WITHOUT ROWID;
CREATE INDEX story_question_by_question ON story_question (question_id);

CREATE TABLE interview (
    id           INTEGER PRIMARY KEY,
    company      TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    level        TEXT NOT NULL DEFAULT '',
    scheduled_at TEXT,
    stage        TEXT NOT NULL DEFAULT '',
    interviewers TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- The questions expected at an interview, in the order they will be prepared.
CREATE TABLE interview_question (
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    question_id  INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (interview_id, question_id)
) WITHOUT ROWID;

-- Stories planned for, or told at, an interview: the repeat guard reads the told ones.
CREATE TABLE interview_story (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    story_id     INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    question_id  INTEGER REFERENCES question (id) ON DELETE SET NULL,
    state        TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'told')),
    round        TEXT NOT NULL DEFAULT '',
    interviewer  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interview_story_by_story ON interview_story (story_id);

-- Questions the candidate will ask the interviewer.
CREATE TABLE interview_ask (
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (interview_id, position)
) WITHOUT ROWID;

CREATE TABLE journal_entry (
    id         INTEGER PRIMARY KEY,
    entry_date TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    details    TEXT NOT NULL DEFAULT '',
    metrics    TEXT NOT NULL DEFAULT '',
    feedback   TEXT NOT NULL DEFAULT '',
    story_id   INTEGER REFERENCES story (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX journal_entry_by_story ON journal_entry (story_id);

CREATE TABLE practice_record (
    id               INTEGER PRIMARY KEY,
    story_id         INTEGER REFERENCES story (id) ON DELETE CASCADE,
    question_id      INTEGER REFERENCES question (id) ON DELETE CASCADE,
    practised_at     TEXT NOT NULL,
    duration_seconds INTEGER NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    rating           INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    next_due         TEXT,
    interval_days    INTEGER NOT NULL DEFAULT 0,
    ease             REAL NOT NULL DEFAULT 2.5,
    repetitions      INTEGER NOT NULL DEFAULT 0,
    CHECK (story_id IS NOT NULL OR question_id IS NOT NULL)
);
CREATE INDEX practice_record_by_story ON practice_record (story_id);
CREATE INDEX practice_record_by_question ON practice_record (question_id);

-- Full-text indexes, kept in step with the tables above by the Bank inside each write.
-- rowid is the story's or question's id. unicode61 with diacritics folded, so "resume" finds
-- "résumé"; prefix indexes keep search-as-you-type fast.
CREATE VIRTUAL TABLE story_fts USING fts5 (
    title, summary, situation, task, action, result, learning, cues, tags,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE question_fts USING fts5 (
    text, variants, notes,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
