#pragma once

#include "connectors/destination.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace miq {

// The file destination for `path`, chosen by its suffix (case-insensitive):
//   .sqlite .sqlite3 .db  -> SqliteDestination
//   .csv                  -> CsvDestination
//   .ndjson .jsonl        -> NdjsonDestination
// Any other suffix is an error that lists these. Nothing is opened or created here.
Result<std::unique_ptr<Destination>> createFileDestination(const QString &path);

// The suffixes createFileDestination() knows, without the dot, for file dialogs and help texts.
QStringList fileDestinationSuffixes();

} // namespace miq
