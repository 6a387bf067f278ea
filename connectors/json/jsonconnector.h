#pragma once

#include "connectors/connector.h"
#include "connectors/json/jsonscanner.h"
#include "connectors/json/jsonstreamreader.h"

#include <QCoreApplication>

namespace miq {

// A JSON file as one stream of records: a top-level array of objects, an array inside a wrapper
// object (the "records" path), NDJSON / JSON Lines, or a document of top-level objects. Nested
// objects become dotted columns, arrays stay JSON text; every column is text, typed later by
// inference like CSV. Files are streamed in constant memory.
class JsonConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(miq::JsonConnector)

public:
    // discover() looks at this many records; reading a stream looks at all of them.
    static constexpr qint64 SampleRecords = JsonStreamReader::SampleRecords;
    static constexpr int DefaultFlattenDepth = 8;

    explicit JsonConnector(ConnectionSettings settings);

    static ConnectorSpec spec();

    Result<QString> checkConnection() override;
    Result<QList<StreamInfo>> discover() override;
    Result<std::unique_ptr<StreamReader>> openStream(const QString &stream, const ReadOptions &options) override;

private:
    struct Sample
    {
        StreamInfo info;
        QString layout; // "NDJSON", "JSON array", ...
    };

    // The settings checked, with "auto" resolved by looking at the start of the file.
    Result<JsonScanOptions> scanOptions() const;
    Result<JsonLayout> detectLayout(const QString &path) const;
    Result<Sample> sample() const;
    QString layoutName(const JsonScanOptions &options) const;
    QString streamName() const;
    QString path() const;

    ConnectionSettings m_settings;
};

} // namespace miq
