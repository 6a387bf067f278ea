#include "ui/jobplanning.h"

#include "connectors/connectorregistry.h"
#include "connectors/dest/destinations.h"
#include "engine/sync/batchconverter.h"
#include "engine/sync/typeinference.h"

#include <QDateTime>

namespace miq {

Result<QString> JobPlanning::targetDdl(const JobDefinition &job, const ResolvedSource &source,
                                       const QByteArray &maskSalt, const std::atomic_bool *cancel)
{
    auto connector = ConnectorRegistry::builtin().create(source.typeId, source.settings);
    if (!connector)
        return Error(connector.error());
    QString stream = job.stream;
    if (stream.isEmpty()) {
        auto streams = (*connector)->discover();
        if (!streams)
            return Error(streams.error());
        if (streams->isEmpty())
            return Error(tr("Source '%1' has no stream to copy.").arg(source.settings.sourceName));
        stream = streams->constFirst().name;
    }
    ReadOptions options;
    options.batchRows = 16'384;
    options.cancel = cancel;
    auto reader = (*connector)->openStream(stream, options);
    if (!reader)
        return Error(reader.error());
    const std::shared_ptr<const Schema> schema = (*reader)->schema();
    TypeInference inference(*schema);
    RecordBatch batch;
    for (;;) {
        if (cancel && cancel->load())
            return Error(tr("Stopped."));
        auto more = (*reader)->next(batch);
        if (!more)
            return Error(more.error());
        inference.add(batch);
        (void)(*reader)->takeBadRecords();
        if (!*more)
            break;
    }
    // The run id and load time only fill metadata cells; the DDL does not depend on them.
    auto converter = BatchConverter::create(*schema, inference.result(), job.mapping, maskSalt,
                                            QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                            QDateTime::currentDateTimeUtc());
    if (!converter)
        return Error(converter.error());
    auto destination = createFileDestination(job.destination);
    if (!destination)
        return Error(destination.error());
    TargetSpec spec;
    spec.table = job.table.isEmpty() ? stream : job.table;
    spec.columns = converter->targetColumns();
    spec.mode = job.mode;
    spec.keyColumns = job.keyColumns;
    return (*destination)->ddl(spec);
}

} // namespace miq
