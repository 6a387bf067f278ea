#pragma once

#include "connectors/connector.h"
#include "engine/sourcesecrets.h"
#include "engine/workspace.h"

#include <QList>
#include <QStringList>

#include <atomic>

namespace miq {

// First rows of a stream as display text: the UI/CLI edge, where QString per cell is fine.
struct PreviewData
{
    QString stream;
    QStringList columns;
    QStringList columnTypes;
    QList<QStringList> rows;
    QList<QList<bool>> nulls; // per row, per column: the cell is null (not just empty)
    QList<BadRecord> badRecords;
};

// Operations on a source. Each is a blocking call meant for a worker thread (QtConcurrent) or
// the CLI; they take value snapshots and touch no workspace or widget.
namespace SourceOperations {

ConnectionSettings connectionSettings(const SourceRecord &source, const SecretValues &secrets);

Result<QString> testConnection(const QString &typeId, const ConnectionSettings &settings);
Result<QList<StreamInfo>> discoverStreams(const QString &typeId, const ConnectionSettings &settings);
// `stream` empty = the first stream the source offers.
Result<PreviewData> preview(const QString &typeId, const ConnectionSettings &settings, const QString &stream,
                            int limit, const std::atomic_bool *cancel = nullptr);

} // namespace SourceOperations

} // namespace miq
