#include "connectors/rest/restconnector.h"

#include "connectors/rest/reststreamreader.h"

namespace miq {

namespace {

// discover() and checkConnection() only need the first page: the reader requests it on open.
ReadOptions firstPageOnly()
{
    ReadOptions options;
    options.limitRows = 0;
    return options;
}

} // namespace

RestConnector::RestConnector(ConnectionSettings settings)
    : m_settings(std::move(settings))
{
}

ConnectorSpec RestConnector::spec()
{
    ConnectorSpec spec;
    spec.typeId = QStringLiteral("rest");
    spec.displayName = tr("REST API (JSON)");
    spec.description = tr("Records from a JSON REST API: an endpoint read page by page, with API key, basic, "
                          "bearer or OAuth 2.0 authentication. Nested objects become dotted columns; "
                          "retries, rate limits and resuming are handled for you.");
    spec.iconName = QStringLiteral("rest");
    spec.fields = RestSettings::fields();
    return spec;
}

Result<QString> RestConnector::checkConnection()
{
    const Result<RestSettings> settings = RestSettings::from(m_settings);
    if (!settings)
        return Error(settings.error());
    auto reader = RestStreamReader::open(*settings, firstPageOnly());
    if (!reader)
        return Error(reader.error());
    const RestStreamReader::FirstPage &first = (*reader)->firstPage();
    const int columns = int((*reader)->columnInfos().size()) - 1; // without _extra_fields
    return tr("HTTP %1, %2, %3, next page: %4")
        .arg(QString::number(first.status),
             tr("%n record(s) on the first page", nullptr, int(first.records)),
             tr("%n column(s)", nullptr, columns),
             first.more ? tr("yes") : tr("no"));
}

Result<QList<StreamInfo>> RestConnector::discover()
{
    const Result<RestSettings> settings = RestSettings::from(m_settings);
    if (!settings)
        return Error(settings.error());
    auto reader = RestStreamReader::open(*settings, firstPageOnly());
    if (!reader)
        return Error(reader.error());
    const RestStreamReader::FirstPage &first = (*reader)->firstPage();
    StreamInfo info;
    info.name = settings->streamName();
    info.kind = StreamInfo::Kind::Query;
    info.columns = (*reader)->columnInfos();
    if (!first.more)
        info.rowEstimate = first.records - first.badRecords;
    QStringList detail{QString::fromLatin1(settings->method) + QLatin1Char(' ') + settings->displayUrl(settings->url),
                       tr("%n record(s) on the first page", nullptr, int(first.records))};
    if (first.badRecords > 0)
        detail << tr("%n bad record(s)", nullptr, int(first.badRecords));
    detail << (first.more ? tr("more pages") : tr("no more pages"));
    info.detail = detail.join(QStringLiteral(", "));
    return QList<StreamInfo>{info};
}

Result<std::unique_ptr<StreamReader>> RestConnector::openStream(const QString &stream, const ReadOptions &options)
{
    const Result<RestSettings> settings = RestSettings::from(m_settings);
    if (!settings)
        return Error(settings.error());
    const QString name = settings->streamName();
    if (!stream.isEmpty() && stream != name)
        return Error(tr("Source '%1' has no stream '%2'; its only stream is '%3'.")
                         .arg(m_settings.sourceName, stream, name));
    auto reader = RestStreamReader::open(*settings, options);
    if (!reader)
        return Error(reader.error());
    return std::unique_ptr<StreamReader>(std::move(*reader));
}

} // namespace miq
