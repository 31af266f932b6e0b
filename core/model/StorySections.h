#pragma once

#include "core/model/Story.h"

#include <QList>

namespace sb {

// The writing fields a story shows for its method. Storage always keeps all five sections;
// CARL shows situation and task together as one Context field.
enum class StorySection { Situation, Task, Context, Action, Result, Learning };

QList<StorySection> sectionsOf(StoryMethod method);

QString sectionText(const Story& story, StorySection section);

// The section's name in English ("Situation"), as the Markdown exchange notes write it.
QString sectionEnglishName(StorySection section);
// The same name for the reader, translated.
QString sectionTitle(StorySection section);
// Its lower-case key ("situation"), as the JSON format and the command line spell it.
QString toKey(StorySection section);

// Writes text into the section. For Context: unchanged text changes nothing (so STAR → CARL →
// STAR gives back both fields as they were); edited text becomes the situation and the task is
// emptied, so no character is lost either way.
void setSectionText(Story& story, StorySection section, const QString& text);

} // namespace sb
