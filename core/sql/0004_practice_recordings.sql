-- StoryBank schema, version 4: a practice record can name the recording of the answer, a file
-- in the bank's recordings folder (NULL when the answer was not recorded).
ALTER TABLE practice_record ADD COLUMN recording TEXT;

-- Some schema 3 banks were made before step 3 gained the story list's covering index; they get
-- it here. Banks that have it already keep the one they have.
CREATE INDEX IF NOT EXISTS story_list ON story (id, title, summary, method, status);
