#pragma once

#include "connectors/connector.h"
#include "connectors/json/jsoncolumns.h"
#include "connectors/json/jsonresumetoken.h"
#include "connectors/json/jsonscanner.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace miq {

// Reads a JSON file as record batches of text columns. Opening it reads the file once for the
// columns (streaming, memory bounded by the number of distinct keys) so that a key first met
// deep into the file still gets its column; the rows then come from a second pass.
//
// Resumable for UTF-8 files in every layout: resumeToken() holds the byte offset just after the
// last record handed out (and the column names, so a resumed stream skips the first pass and
// keeps its schema). UTF-16/32 files are transcoded, their offsets are not exact: empty token.
class JsonStreamReader : public StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(miq::JsonStreamReader)

public:
    // With a row limit, the column pass still looks at this many records, so a short preview
    // shows the same columns as discover() and a limit of 0 still yields the columns.
    static constexpr qint64 SampleRecords = 1000;

    static Result<std::unique_ptr<StreamReader>> open(const QString &path, const QString &sourceName,
                                                      const JsonScanOptions &scan,
                                                      const ReadOptions &options);

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;
    qint64 bytesRead() const override { return m_scanner->bytesRead(); }
    qint64 totalBytes() const override { return m_scanner->totalBytes(); }
    QByteArray resumeToken() const override;

private:
    JsonStreamReader(std::unique_ptr<JsonRecordScanner> scanner, JsonColumns columns,
                     const ReadOptions &options, QString location, const JsonFileStamp &stamp,
                     const JsonScanOptions &scan);

    static Result<std::unique_ptr<StreamReader>> resume(const QString &path, const QString &sourceName,
                                                        const JsonScanOptions &scan,
                                                        const ReadOptions &options);
    void notePosition();

    bool appendRecord(RecordBatch &batch);
    void addBadRecord(const QString &reason, const QString &column = QString());
    bool limitReached() const { return m_options.limitRows >= 0 && m_rowsProduced >= m_options.limitRows; }

    std::unique_ptr<JsonRecordScanner> m_scanner;
    JsonColumns m_columns;
    std::shared_ptr<const Schema> m_schema;
    ReadOptions m_options;
    QString m_location; // file name, for bad records
    std::vector<const JsonField *> m_slots; // per column: the field of the record being appended
    std::vector<int> m_fieldColumns;
    QList<BadRecord> m_badRecords;
    QByteArray m_tokenPrefix; // identity and columns; empty when the stream cannot resume
    std::optional<JsonScanPosition> m_position; // after the last record handed out
    std::optional<QString> m_pendingError;
    qint64 m_rowsProduced = 0;
    bool m_done = false;
};

} // namespace miq
