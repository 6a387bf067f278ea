#pragma once

#include "connectors/connector.h"
#include "connectors/json/jsoncolumns.h"
#include "connectors/rest/restclient.h"
#include "connectors/rest/restpage.h"
#include "connectors/rest/restpaging.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace miq {

// Reads the records of a REST endpoint page by page as batches of text columns (typed later by
// inference, as for JSON files). Only one page is in memory at a time.
//
// The columns come from the records of the first page, flattened like the JSON connector's. A
// key first met on a later page has no column of its own: it goes, with its value, into the JSON
// object of the last column, _extra_fields, so nothing is lost and the schema stays the same from
// the first batch to the last (and from run to run).
//
// Resumable: resumeToken() holds the next page request (page number, offset, cursor or URL) and,
// when a batch ended inside a page, how many of that page's records were handed out already.
// Runs on one thread without an event loop of its own (see RestTransport).
class RestStreamReader : public StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(miq::RestStreamReader)

public:
    static QString extraColumnName() { return QStringLiteral("_extra_fields"); }

    // What the first page held, for checkConnection() and discover().
    struct FirstPage
    {
        int status = 0;
        qint64 records = 0;
        qint64 badRecords = 0;
        bool more = false;
    };

    // Requests the first page (unless resuming) to learn the columns.
    static Result<std::unique_ptr<RestStreamReader>> open(const RestSettings &settings, const ReadOptions &options);

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;
    qint64 bytesRead() const override { return m_bytesRead; }
    QByteArray resumeToken() const override;

    const FirstPage &firstPage() const { return m_firstPage; }
    // The columns with the JSON types seen on the first page, _extra_fields last.
    QList<ColumnInfo> columnInfos() const;
    // The first page's request, for messages: "GET https://... (source 'Shop', page 1)".
    QString describeFirstRequest() const;

private:
    struct Page
    {
        RestPosition position;
        QUrl url;
        std::unique_ptr<RestPage> records;
        RestPageLinks links;
        qint64 count = 0;    // records on the page, bad ones included
        qint64 consumed = 0; // of them handed out
    };

    RestStreamReader(const RestSettings &settings, const ReadOptions &options);

    Status loadPage(const RestPosition &position, JsonColumns *columns);
    void finishPage();
    bool limitReached() const { return m_options.limitRows >= 0 && m_rowsProduced >= m_options.limitRows; }
    qint64 nextRecordNumber() const;
    void appendRecord(RecordBatch &batch);
    void addBadRecord(const QString &reason);
    void buildSchema();

    RestClient m_client;
    ReadOptions m_options;
    JsonColumns m_columns;
    std::shared_ptr<const Schema> m_schema;
    std::optional<Page> m_page;
    std::optional<RestPosition> m_next; // the page to request after m_page; nullopt after the last
    FirstPage m_firstPage;
    QByteArray m_tokenPrefix;
    std::vector<const JsonField *> m_slots; // per column: the field of the record being appended
    std::string m_extra;                    // the _extra_fields object being built
    QList<BadRecord> m_badRecords;
    std::optional<QString> m_pendingError;
    qint64 m_bytesRead = 0;
    qint64 m_rowsProduced = 0;
    bool m_done = false;
};

} // namespace miq
