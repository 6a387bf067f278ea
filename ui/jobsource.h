#pragma once

#include "connectors/connector.h"
#include "engine/sourcesecrets.h"
#include "engine/workspace.h"

#include <QObject>

#include <functional>
#include <optional>

namespace miq {

// Where a job reads from, as a connector type and settings with the source's secrets.
struct ResolvedSource
{
    QString typeId;
    ConnectionSettings settings;
};

// Resolves a job's source: a workspace source (its secrets loaded asynchronously from the
// keychain through `secrets`, which may be null when it has none) or a file read with the
// connector its suffix implies. Calls `done` on the GUI thread, unless `context` died first.
void resolveJobSource(QObject *context, SourceSecrets *secrets, const std::optional<SourceRecord> &source,
                      const QString &filePath, std::function<void(Result<ResolvedSource>)> done);

} // namespace miq
