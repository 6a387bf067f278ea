#include "engine/sourceoperations.h"

#include "connectors/connectorregistry.h"

#include <QCoreApplication>

namespace miq::SourceOperations {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("miq::SourceOperations", text);
}

} // namespace

ConnectionSettings connectionSettings(const SourceRecord &source, const SecretValues &secrets)
{
    ConnectionSettings settings;
    settings.sourceName = source.name;
    settings.values = source.settings;
    settings.secrets = secrets;
    return settings;
}

Result<QString> testConnection(const QString &typeId, const ConnectionSettings &settings)
{
    auto connector = ConnectorRegistry::builtin().create(typeId, settings);
    if (!connector)
        return Error(connector.error());
    return (*connector)->checkConnection();
}

Result<QList<StreamInfo>> discoverStreams(const QString &typeId, const ConnectionSettings &settings)
{
    auto connector = ConnectorRegistry::builtin().create(typeId, settings);
    if (!connector)
        return Error(connector.error());
    return (*connector)->discover();
}

Result<PreviewData> preview(const QString &typeId, const ConnectionSettings &settings, const QString &stream,
                            int limit, const std::atomic_bool *cancel)
{
    auto connector = ConnectorRegistry::builtin().create(typeId, settings);
    if (!connector)
        return Error(connector.error());
    QString streamName = stream;
    if (streamName.isEmpty()) {
        const auto streams = (*connector)->discover();
        if (!streams)
            return Error(streams.error());
        if (streams->isEmpty())
            return Error(tr("Source '%1' has no streams to preview.").arg(settings.sourceName));
        streamName = streams->first().name;
    }
    ReadOptions options;
    options.limitRows = limit;
    options.batchRows = qBound(1, limit, 8192);
    options.cancel = cancel;
    auto reader = (*connector)->openStream(streamName, options);
    if (!reader)
        return Error(reader.error());

    PreviewData data;
    data.stream = streamName;
    const auto schema = (*reader)->schema();
    for (const Field &f : *schema) {
        data.columns << f.name;
        data.columnTypes << columnTypeName(f.type);
    }
    RecordBatch batch;
    while (data.rows.size() < limit) {
        if (cancel && cancel->load())
            return Error(tr("Preview of '%1' was cancelled.").arg(streamName));
        const Result<bool> more = (*reader)->next(batch);
        if (!more)
            return Error(more.error());
        for (std::int64_t r = 0; r < batch.rowCount && data.rows.size() < limit; ++r) {
            QStringList row;
            QList<bool> nulls;
            row.reserve(qsizetype(batch.columns.size()));
            for (const Column &c : batch.columns) {
                row << c.displayText(r);
                nulls << c.isNull(r);
            }
            data.rows << row;
            data.nulls << nulls;
        }
        data.badRecords += (*reader)->takeBadRecords();
        if (!*more)
            break;
    }
    return data;
}

} // namespace miq::SourceOperations
