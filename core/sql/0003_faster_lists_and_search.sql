-- StoryBank schema, version 3, for banks of thousands of stories.
--
-- The story list reads every story's id, title, hook, method and status at start. In the table
-- a story's status comes after its long sections, so reading it follows each row's overflow
-- pages; an index holding exactly those columns is read instead, a few pages for all of them.
CREATE INDEX story_list ON story (id, title, summary, method, status);

-- The search indexes also index one-letter prefixes, so the first
-- letter typed into a search box is answered from the index instead of by merging every word
-- that starts with it (tens of milliseconds on a bank of thousands of stories). FTS5 cannot
-- change a table's prefixes, so both indexes are made again from the tables they index.

DROP TABLE story_fts;
CREATE VIRTUAL TABLE story_fts USING fts5 (
    title, summary, situation, task, action, result, learning, cues, tags,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT INTO story_fts (rowid, title, summary, situation, task, action, result, learning, cues,
                       tags)
SELECT s.id, s.title, s.summary, s.situation, s.task, s.action, s.result, s.learning,
       (SELECT group_concat(text, char(10)) FROM
           (SELECT text FROM story_cue WHERE story_id = s.id ORDER BY position)),
       (SELECT group_concat(t.name, ' ') FROM story_tag st JOIN tag t ON t.id = st.tag_id
           WHERE st.story_id = s.id)
FROM story s;

DROP TABLE question_fts;
CREATE VIRTUAL TABLE question_fts USING fts5 (
    text, variants, notes,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT INTO question_fts (rowid, text, variants, notes)
SELECT q.id, q.text,
       (SELECT group_concat(text, char(10)) FROM
           (SELECT text FROM question_variant WHERE question_id = q.id ORDER BY position)),
       q.notes
FROM question q;
