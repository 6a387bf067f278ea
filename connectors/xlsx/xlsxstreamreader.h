#pragma once

#include "connectors/connector.h"
#include "connectors/resumesupport.h"
#include "connectors/xlsx/xlsxresumetoken.h"
#include "connectors/xlsx/xlsxsheetlayout.h"
#include "connectors/xlsx/xlsxsheetscanner.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace miq {

struct XlsxReadSettings
{
    QString sourceName;
    XlsxHeaderMode header = XlsxHeaderMode::Auto;
    bool fillMerged = false;
};

// Reads one worksheet as record batches of text columns. Opening it reads the first rows once for
// the layout (header row, columns); the rows then come from a second pass over the sheet. Both
// passes stream the sheet's XML, so memory is bounded by the shared strings and one batch.
//
// Each non-empty sheet row below the header is a record; its cells become the columns' values and
// cells without a value are nulls. Error cells (#N/A, #DIV/0!...) are nulls too: they hold no
// value, and Excel users filter or fill them, they are not reasons to quarantine a row. A row with a
// cell that cannot be read, or with a value left of or beyond the columns set when the stream
// opened, is a bad record (quarantined by the engine, never dropped).
class XlsxStreamReader : public StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(miq::XlsxStreamReader)

public:
    // The rows the layout is decided from, also for a preview with a lower row limit, so that a
    // preview shows the same columns as discover().
    static constexpr qint64 SampleRows = 1000;

    static Result<std::unique_ptr<StreamReader>> open(std::shared_ptr<XlsxWorkbook> workbook,
                                                      const XlsxSheet &sheet, const XlsxReadSettings &settings,
                                                      const ReadOptions &options);

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;
    qint64 bytesRead() const override { return m_scanner->bytesRead(); }
    qint64 totalBytes() const override { return m_scanner->totalBytes(); }
    QByteArray resumeToken() const override;

private:
    XlsxStreamReader(std::unique_ptr<XlsxSheetScanner> scanner, const XlsxLayout &layout,
                     const ReadOptions &options, QByteArray tokenPrefix);

    static Result<XlsxResumeToken> checkedToken(const XlsxWorkbook &workbook, const XlsxSheet &sheet,
                                                const XlsxReadSettings &settings, const ReadOptions &options);
    void takeRow(const XlsxRow &row, RecordBatch &batch);
    void addBadRecord(const XlsxRow &row, int column, const QString &reason);
    bool limitReached() const { return m_options.limitRows >= 0 && m_rowsProduced >= m_options.limitRows; }

    std::unique_ptr<XlsxSheetScanner> m_scanner;
    XlsxLayout m_layout;
    std::shared_ptr<const Schema> m_schema;
    ReadOptions m_options;
    QByteArray m_tokenPrefix;
    QList<BadRecord> m_badRecords;
    std::optional<QString> m_pendingError;
    qint64 m_skipThrough = 0; // rows up to this one are not records (header, or read before a resume)
    qint64 m_lastRow = 0;
    qint64 m_recordNumber = 0;
    qint64 m_rowsProduced = 0;
    bool m_done = false;
};

} // namespace miq
