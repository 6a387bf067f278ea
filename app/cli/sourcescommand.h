#pragma once

#include "app/cli/clicontext.h"
#include "engine/workspace.h"

#include <QJsonObject>
#include <QString>

namespace miq {

// How `sources list/show/add/edit` render a source. Secret fields appear as set/not set only.
QJsonObject sourceJson(const SourceRecord &source);
QString sourceText(const SourceRecord &source);
// Prints a source as the current output mode wants it.
void printSource(CliContext &context, const SourceRecord &source);

} // namespace miq
