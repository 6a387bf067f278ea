#include "ui/rundetails.h"

#include "models/quarantinemodel.h"
#include "models/runformat.h"
#include "ui/backgroundcall.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace miq {

namespace {

constexpr int ShownQuarantinedRows = 1000; // the table's share; the export writes them all
constexpr int ExportPageRows = 10'000;

QByteArray csvField(const QByteArray &value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r'))
        return value;
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

// Runs on a worker: its own connection to the workspace, pages through the quarantine table and
// writes an RFC 4180 CSV atomically. Returns the number of rows written.
Result<qint64> writeQuarantineCsv(const QString &workspacePath, qint64 runId, const QString &path)
{
    auto store = JobStore::open(workspacePath);
    if (!store)
        return Error(store.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(
            RunDetails::tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write("record,line,location,column,reason,raw\r\n");
    qint64 written = 0;
    for (;;) {
        auto page = (*store)->quarantined(runId, ExportPageRows, written);
        if (!page)
            return Error(page.error());
        for (const BadRecord &r : *page) {
            QByteArray line = QByteArray::number(r.recordNumber + 1) + ',' + QByteArray::number(r.line) +
                              ',' + csvField(r.location.toUtf8()) + ',' + csvField(r.column.toUtf8()) + ',' +
                              csvField(r.reason.toUtf8()) + ',' + csvField(r.raw) + "\r\n";
            file.write(line);
        }
        written += page->size();
        if (page->size() < ExportPageRows)
            break;
    }
    if (!file.commit())
        return Error(
            RunDetails::tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return written;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label, value);
}

} // namespace

RunDetails::RunDetails(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_summary(new QLabel)
    , m_log(new QPlainTextEdit)
    , m_quarantine(new QuarantineModel(this))
    , m_quarantineView(new QTableView)
    , m_quarantineTitle(new QLabel)
    , m_export(new QPushButton(tr("E&xport…")))
    , m_retry(new QPushButton(tr("&Load Again")))
    , m_ddl(new QPlainTextEdit)
{
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setWordWrap(true);
    auto *summaryScroll = new QScrollArea;
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setWidget(m_summary);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(fixed);

    m_quarantineView->setObjectName(QStringLiteral("quarantineView"));
    m_quarantineView->setModel(m_quarantine);
    m_quarantineView->setWordWrap(false);
    m_quarantineView->setAlternatingRowColors(true);
    m_quarantineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quarantineView->verticalHeader()->hide();
    m_quarantineView->verticalHeader()->setDefaultSectionSize(m_quarantineView->fontMetrics().height() + 6);
    m_quarantineView->horizontalHeader()->setStretchLastSection(true);
    m_quarantineView->horizontalHeader()->setMaximumSectionSize(400);
    m_quarantineTitle->setObjectName(QStringLiteral("quarantineTitle"));
    m_quarantineTitle->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportQuarantine"));
    m_retry->setObjectName(QStringLiteral("retryQuarantine"));
    m_retry->setToolTip(tr("Once the source is fixed, read these rows again and load those that now convert "
                           "(appended to the target; upserted for an upsert job)"));
    m_retry->setEnabled(false);
    m_export->setToolTip(tr("Save every quarantined row of this run as a CSV file"));
    auto *quarantineBox = new QWidget;
    auto *quarantineLayout = new QVBoxLayout(quarantineBox);
    auto *quarantineHeader = new QHBoxLayout;
    quarantineHeader->addWidget(m_quarantineTitle, 1);
    quarantineHeader->addWidget(m_retry);
    quarantineHeader->addWidget(m_export);
    quarantineLayout->addLayout(quarantineHeader);
    quarantineLayout->addWidget(m_quarantineView, 1);

    m_ddl->setObjectName(QStringLiteral("runDdl"));
    m_ddl->setReadOnly(true);
    m_ddl->setFont(fixed);

    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->addTab(summaryScroll, tr("Summary"));
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(quarantineBox, tr("Quarantined Rows"));
    m_tabs->addTab(m_ddl, tr("Target DDL"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_export, &QPushButton::clicked, this, &RunDetails::chooseExportFile);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_run.id > 0)
            Q_EMIT retryQuarantined(m_run.id);
    });
    showRun(nullptr);
}

void RunDetails::setStore(JobStore *store)
{
    m_store = store;
    showRun(nullptr);
}

void RunDetails::showRun(const RunRecord *run)
{
    const bool changed = !run || run->id != m_run.id || run->status != m_run.status;
    m_run = run ? *run : RunRecord();
    updateSummary();
    if (changed)
        loadLogAndQuarantine();
    setEnabled(m_run.id != 0);
}

void RunDetails::updateSummary()
{
    if (m_run.id == 0) {
        m_summary->setText(tr("Select a run to see what it did."));
        return;
    }
    const RunRecord &r = m_run;
    const QLocale locale;
    QString html = QStringLiteral("<table>");
    QString status = runStatusDisplayName(r.status).toHtmlEscaped();
    if (!r.error.isEmpty())
        status += QStringLiteral("<br><span style='color:#b02020'>%1</span>").arg(r.error.toHtmlEscaped());
    html += row(tr("Run"), tr("#%1 of '%2'").arg(r.id).arg(r.definition.name.toHtmlEscaped()));
    html += row(tr("Status"), status);
    const QString table = r.target.value(QStringLiteral("table")).toString();
    QString target = r.target.value(QStringLiteral("name")).toString().toHtmlEscaped(); // the destination's words
    if (target.isEmpty()) {
        target = QDir::toNativeSeparators(r.definition.destination).toHtmlEscaped();
        if (!table.isEmpty())
            target = tr("table '%1' in %2").arg(table.toHtmlEscaped(), target);
    }
    html += row(tr("Target"), target);
    html +=
        row(tr("Started"), locale.toString(r.startedAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    if (r.finishedAt.isValid())
        html += row(tr("Finished"),
                    locale.toString(r.finishedAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    html += row(tr("Rows"), tr("%1 read, %2 written, %3 quarantined")
                                .arg(RunFormat::count(r.rowsRead), RunFormat::count(r.rowsWritten),
                                     RunFormat::count(r.rowsQuarantined)));
    if (r.bytesRead > 0)
        html += row(tr("Data read"),
                    r.bytesTotal > 0
                        ? tr("%1 of %2").arg(RunFormat::bytes(r.bytesRead), RunFormat::bytes(r.bytesTotal))
                        : RunFormat::bytes(r.bytesRead));
    if (const QString rate = RunFormat::rate(RunFormat::throughput(r)); !rate.isEmpty())
        html += row(tr("Throughput"), rate);
    if (r.peakRss > 0)
        html += row(tr("Peak memory"), RunFormat::bytes(r.peakRss));
    QStringList timings;
    const QList<std::pair<QString, QString>> phases = {{QStringLiteral("infer"), tr("type inference")},
                                                       {QStringLiteral("copy"), tr("copy")},
                                                       {QStringLiteral("verify"), tr("verification")}};
    for (const auto &[key, name] : phases)
        if (r.timings.contains(key))
            timings << tr("%1 %2").arg(name, RunFormat::duration(r.timings.value(key).toDouble()));
    if (const double total = RunFormat::runSeconds(r); total >= 0 && r.finishedAt.isValid())
        timings << tr("total %1").arg(RunFormat::duration(total));
    if (!timings.isEmpty())
        html += row(tr("Timings"), timings.join(QStringLiteral(", ")));
    const QString verification = RunFormat::verificationStatus(r);
    if (verification == QLatin1String("verified")) {
        const qint64 rows = r.verification.value(QStringLiteral("destination"))
                                .toObject()
                                .value(QStringLiteral("rows"))
                                .toInteger();
        const bool exact = r.verification.value(QStringLiteral("exact")).toBool();
        html +=
            row(tr("Verification"),
                QStringLiteral("<span style='color:#2e7d32'>%1</span>")
                    .arg(exact ? tr("verified: %1 rows, identical checksums on both sides")
                                     .arg(RunFormat::count(rows))
                               : tr("verified: the destination holds %1 rows").arg(RunFormat::count(rows))));
    } else if (verification == QLatin1String("mismatch")) {
        const qint64 sent = r.verification.value(QStringLiteral("source"))
                                .toObject()
                                .value(QStringLiteral("rows"))
                                .toInteger();
        const qint64 held = r.verification.value(QStringLiteral("destination"))
                                .toObject()
                                .value(QStringLiteral("rows"))
                                .toInteger();
        QString text = tr("mismatch: %1 rows sent, %2 in the destination")
                           .arg(RunFormat::count(sent), RunFormat::count(held));
        if (const QStringList columns = RunFormat::mismatchedColumns(r); !columns.isEmpty())
            text += QStringLiteral("<br>") +
                    tr("columns that differ: %1").arg(columns.join(QStringLiteral(", ")).toHtmlEscaped());
        html += row(tr("Verification"), QStringLiteral("<span style='color:#b02020'>%1</span>").arg(text));
    } else {
        html += row(tr("Verification"),
                    r.status == RunStatus::Running ? tr("after the copy") : tr("not verified"));
    }
    if (r.rowsQuarantined > 0)
        html +=
            row(QString(), tr("The quarantined rows are listed under Quarantined Rows and can be exported."));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

void RunDetails::loadLogAndQuarantine()
{
    m_quarantine->clear();
    m_log->clear();
    m_ddl->clear();
    m_quarantinedCount = 0;
    m_quarantineTitle->clear();
    m_export->setEnabled(false);
    m_retry->setEnabled(false);
    if (!m_store || m_run.id == 0)
        return;
    m_log->setPlainText(m_run.log);
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    const QString ddl = m_run.target.value(QStringLiteral("ddl")).toString();
    m_ddl->setPlainText(ddl.isEmpty() ? tr("-- The run created no target yet.") : ddl);
    auto records = m_store->quarantined(m_run.id, ShownQuarantinedRows);
    auto count = m_store->quarantinedCount(m_run.id);
    if (!records || !count) {
        m_quarantineTitle->setText(records ? count.error() : records.error());
        return;
    }
    m_quarantine->setRecords(*records);
    m_quarantinedCount = *count;
    m_quarantineView->resizeColumnsToContents();
    if (m_quarantinedCount == 0)
        m_quarantineTitle->setText(tr("This run quarantined no rows."));
    else if (m_quarantinedCount > records->size())
        m_quarantineTitle->setText(
            tr("The first %1 of %2 quarantined rows; Export writes them all.")
                .arg(RunFormat::count(records->size()), RunFormat::count(m_quarantinedCount)));
    else
        m_quarantineTitle->setText(tr("%n quarantined row(s).", nullptr, int(m_quarantinedCount)));
    m_export->setEnabled(m_quarantinedCount > 0);
    const bool ended = m_run.status == RunStatus::Succeeded || m_run.status == RunStatus::Failed ||
                       m_run.status == RunStatus::Cancelled;
    m_retry->setEnabled(m_quarantinedCount > 0 && ended && m_run.jobId > 0);
    m_tabs->setTabText(2, m_quarantinedCount > 0
                              ? tr("Quarantined Rows (%1)").arg(RunFormat::count(m_quarantinedCount))
                              : tr("Quarantined Rows"));
}

void RunDetails::chooseExportFile()
{
    if (!m_store || m_run.id == 0)
        return;
    const QString suggested =
        QDir::home().filePath(tr("%1 run %2 quarantined.csv")
                                  .arg(m_run.definition.name.isEmpty() ? tr("sync") : m_run.definition.name)
                                  .arg(m_run.id));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Quarantined Rows"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportQuarantine(path);
}

void RunDetails::exportQuarantine(const QString &path)
{
    if (!m_store || m_run.id == 0)
        return;
    const QString workspacePath = m_store->workspace().path();
    const qint64 runId = m_run.id;
    m_export->setEnabled(false);
    Q_EMIT statusMessage(tr("Exporting the quarantined rows of run #%1…").arg(runId));
    runInBackground(
        this, [workspacePath, runId, path] { return writeQuarantineCsv(workspacePath, runId, path); },
        [this, path, runId](Result<qint64> written) {
            if (m_run.id == runId)
                m_export->setEnabled(m_quarantinedCount > 0);
            Q_EMIT statusMessage(written ? tr("Wrote %n quarantined row(s) to %1.", nullptr, int(*written))
                                               .arg(QDir::toNativeSeparators(path))
                                         : written.error(),
                                 8000);
            Q_EMIT exportFinished(path, written.ok());
        });
}

} // namespace miq
