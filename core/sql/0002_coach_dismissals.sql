-- StoryBank schema, version 2: the story coach's findings a user has dismissed, per story and
-- rule, so they stay dismissed. They go with the story.

CREATE TABLE coach_dismissal (
    story_id INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    rule     TEXT NOT NULL,
    PRIMARY KEY (story_id, rule)
) WITHOUT ROWID;
