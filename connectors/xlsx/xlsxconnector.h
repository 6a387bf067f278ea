#pragma once

#include "connectors/connector.h"
#include "connectors/xlsx/xlsxstreamreader.h"
#include "connectors/xlsx/xlsxworkbook.h"

#include <QCoreApplication>

namespace miq {

// An Excel workbook (.xlsx, .xlsm): each worksheet is a stream named after the sheet. Cells arrive as
// canonical text in String columns (numbers "3.5", booleans "true", dates "2024-03-01", date-times
// "2024-03-01T12:30:00") and the engine infers the column types, as for CSV; dates come from the
// cells' number formats and the workbook's 1900 or 1904 date system. Sheets are streamed from the
// zip archive; only the workbook's shared strings are held in memory.
class XlsxConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(miq::XlsxConnector)

public:
    static constexpr qint64 SampleRows = XlsxStreamReader::SampleRows;

    explicit XlsxConnector(ConnectionSettings settings);

    static ConnectorSpec spec();

    // "3 sheets: Sales, Costs, Notes".
    Result<QString> checkConnection() override;
    // One stream per worksheet (chart sheets hold no table), in workbook order, with the columns of
    // its first rows.
    Result<QList<StreamInfo>> discover() override;
    // `stream` is a sheet name; empty reads the first sheet the source reads.
    Result<std::unique_ptr<StreamReader>> openStream(const QString &stream, const ReadOptions &options) override;

private:
    Result<XlsxReadSettings> readSettings() const;
    Result<std::shared_ptr<XlsxWorkbook>> openWorkbook() const;
    // The worksheets the source reads: all of them, or those of the "sheets" setting.
    Result<QList<XlsxSheet>> selectedSheets(const XlsxWorkbook &workbook) const;
    Result<StreamInfo> describeSheet(const std::shared_ptr<XlsxWorkbook> &workbook, const XlsxSheet &sheet,
                                     const XlsxReadSettings &settings) const;

    ConnectionSettings m_settings;
};

} // namespace miq
