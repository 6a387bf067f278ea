#include "ui/jobdialog.h"

#include "connectors/connectorregistry.h"
#include "models/connectoricons.h"
#include "models/mappingmodel.h"
#include "models/previewmodel.h"
#include "ui/backgroundcall.h"
#include "ui/errorpolicyedit.h"
#include "engine/sync/syncplanner.h"
#include "ui/mappingtable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace miq {

namespace {

constexpr qint64 FileChoice = -1; // the source combo's "File…" entry
constexpr int PreviewRows = 50;

QString problemStyle()
{
    return QStringLiteral("color: #b02020;");
}

} // namespace

JobDialog::DestinationKind JobDialog::destinationKind(const QString &path)
{
    const QString suffix = QFileInfo(path.trimmed()).suffix().toLower();
    if (suffix == QLatin1String("sqlite") || suffix == QLatin1String("sqlite3") ||
        suffix == QLatin1String("db"))
        return DestinationKind::Sqlite;
    if (suffix == QLatin1String("csv"))
        return DestinationKind::Csv;
    if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl"))
        return DestinationKind::Ndjson;
    return DestinationKind::Unknown;
}

JobDialog::JobDialog(const JobDefinition &job, Context context, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_context(std::move(context))
    , m_mapping(new MappingModel(this))
    , m_preview(new PreviewModel(this))
    , m_name(new QLineEdit(job.name))
    , m_source(new QComboBox)
    , m_fileRow(new QWidget)
    , m_sourcePath(new QLineEdit(job.sourcePath))
    , m_stream(new QComboBox)
    , m_streamStatus(new QLabel)
    , m_writeTo(new QComboBox)
    , m_destinationFileRow(new QWidget)
    , m_destination(new QLineEdit(job.destination))
    , m_destinationKind(new QLabel)
    , m_table(new QLineEdit(job.table))
    , m_mode(new QComboBox)
    , m_cursor(new QComboBox)
    , m_keys(new QListWidget)
    , m_policy(new ErrorPolicyEdit)
    , m_mappingTable(new MappingTable(m_mapping))
    , m_previewView(new QTableView)
    , m_previewStatus(new QLabel)
    , m_problems(new QLabel)
    , m_ddlButton(new QPushButton(tr("Show &DDL")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
    , m_sourceTimer(new QTimer(this))
{
    setWindowTitle(job.id == 0 ? tr("Add Sync Job") : tr("Edit Sync Job '%1'").arg(job.name));
    m_name->setObjectName(QStringLiteral("name"));
    m_source->setObjectName(QStringLiteral("source"));
    m_sourcePath->setObjectName(QStringLiteral("sourcePath"));
    m_stream->setObjectName(QStringLiteral("stream"));
    m_streamStatus->setObjectName(QStringLiteral("streamStatus"));
    m_writeTo->setObjectName(QStringLiteral("writeTo"));
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destinationKind->setObjectName(QStringLiteral("destinationKind"));
    m_table->setObjectName(QStringLiteral("table"));
    m_mode->setObjectName(QStringLiteral("mode"));
    m_cursor->setObjectName(QStringLiteral("cursor"));
    m_cursor->setToolTip(tr("Incremental: a column whose values only grow (an id, an updated_at). Each run then "
                            "loads the rows from the largest value earlier runs loaded, inclusively, skipping "
                            "those it loaded already (by the key columns, else by the whole row)."));
    updateCursorChoices({});
    m_keys->setObjectName(QStringLiteral("keys"));
    m_previewView->setObjectName(QStringLiteral("mappedPreview"));
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_ddlButton->setObjectName(QStringLiteral("showDdl"));

    // Source: the workspace's sources, then a file read with the connector its suffix implies.
    QList<SourceRecord> sources = m_context.sources;
    std::sort(sources.begin(), sources.end(), [](const SourceRecord &a, const SourceRecord &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    for (const SourceRecord &s : std::as_const(sources))
        m_source->addItem(connectorIcon(s.typeId), s.name, s.id);
    if (job.sourceId > 0 && m_source->findData(job.sourceId) < 0)
        m_source->addItem(tr("(missing source #%1)").arg(job.sourceId), job.sourceId);
    if (m_source->count() > 0)
        m_source->insertSeparator(m_source->count());
    m_source->addItem(tr("File…"), FileChoice);
    if (job.sourceId > 0)
        m_source->setCurrentIndex(m_source->findData(job.sourceId));
    else if (!job.sourcePath.isEmpty() || sources.isEmpty())
        m_source->setCurrentIndex(m_source->findData(FileChoice));
    else
        m_source->setCurrentIndex(0);

    m_sourcePath->setPlaceholderText(tr("A CSV, JSON, NDJSON or SQLite file"));
    auto *browseSource = new QToolButton;
    browseSource->setText(tr("…"));
    browseSource->setToolTip(tr("Choose the source file"));
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_sourcePath, 1);
    fileLayout->addWidget(browseSource);

    m_stream->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stream->setMinimumContentsLength(24);
    if (!job.stream.isEmpty())
        m_stream->addItem(job.stream, job.stream);
    m_streamStatus->setWordWrap(true);
    m_streamStatus->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_destination->setPlaceholderText(tr("A .sqlite/.db, .csv or .ndjson file"));
    auto *browseDestination = new QToolButton;
    browseDestination->setText(tr("…"));
    browseDestination->setToolTip(tr("Choose the destination file"));
    m_writeTo->addItem(tr("A file"), qint64(0));
    for (const SourceRecord &s : std::as_const(m_context.sources)) {
        if (!ConnectorRegistry::builtin().canWrite(s.typeId))
            continue;
        const ConnectorSpec *spec = ConnectorRegistry::builtin().spec(s.typeId);
        m_writeTo->addItem(connectorIcon(s.typeId),
                           tr("%1 (%2)").arg(s.name, spec ? spec->displayName : s.typeId), s.id);
    }
    if (job.destinationSourceId > 0) {
        int index = m_writeTo->findData(job.destinationSourceId);
        if (index < 0) {
            m_writeTo->addItem(tr("Missing source #%1").arg(job.destinationSourceId), job.destinationSourceId);
            index = m_writeTo->count() - 1;
        }
        m_writeTo->setCurrentIndex(index);
    }
    m_writeTo->setToolTip(tr("Write into a table of a database source of the workspace, or into a file"));
    auto *destinationRow = new QHBoxLayout(m_destinationFileRow);
    destinationRow->setContentsMargins(0, 0, 0, 0);
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browseDestination);
    destinationRow->addWidget(m_destinationKind);

    m_mode->addItem(tr("Replace: load into a staging table, then swap it in"), int(WriteMode::Replace));
    m_mode->addItem(tr("Append to what is there"), int(WriteMode::Append));
    m_mode->addItem(tr("Upsert: insert or update by key"), int(WriteMode::Upsert));
    m_mode->setCurrentIndex(m_mode->findData(int(job.mode)));
    m_keys->setMaximumHeight(m_keys->fontMetrics().height() * 5 + 8);
    m_keys->setToolTip(tr("The columns that identify a row; upsert updates the row with the same key"));
    for (const QString &key : job.keyColumns) {
        auto *item = new QListWidgetItem(key, m_keys);
        item->setCheckState(Qt::Checked);
    }

    m_policy->setPolicy(job.errors);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Source:"), m_source);
    auto *fileLabel = new QLabel(tr("Source &file:"));
    fileLabel->setBuddy(m_sourcePath);
    form->addRow(fileLabel, m_fileRow);
    form->addRow(tr("S&tream:"), m_stream);
    form->addRow(QString(), m_streamStatus);
    form->addRow(tr("Write &to:"), m_writeTo);
    auto *destinationLabel = new QLabel(tr("&Destination file:"));
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, m_destinationFileRow);
    form->addRow(tr("&Table:"), m_table);
    form->addRow(tr("&Write mode:"), m_mode);
    form->addRow(tr("&Key columns:"), m_keys);
    form->addRow(tr("Incremental c&ursor:"), m_cursor);
    auto *policyLabel = new QLabel(tr("&Bad rows:"));
    policyLabel->setBuddy(m_policy->choice());
    form->addRow(policyLabel, m_policy);

    m_previewView->setModel(m_preview);
    m_previewView->setWordWrap(false);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    m_previewView->horizontalHeader()->setMaximumSectionSize(260);
    m_previewStatus->setWordWrap(true);

    auto *mappingBox = new QWidget;
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(new QLabel(tr("<b>Columns</b>")));
    mappingLayout->addWidget(m_mappingTable, 1);
    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("<b>Preview of the rows as they would land</b>")));
    previewLayout->addWidget(m_previewStatus);
    previewLayout->addWidget(m_previewView, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(mappingBox);
    splitter->addWidget(previewBox);
    splitter->setChildrenCollapsible(false);

    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(problemStyle());
    m_ddlButton->setToolTip(tr("Read the whole stream to infer the column types, and show the statement "
                               "that creates the target"));
    m_buttons->addButton(m_ddlButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    m_sourceTimer->setSingleShot(true);
    m_sourceTimer->setInterval(400); // a typed path is discovered once the typing pauses
    connect(m_sourceTimer, &QTimer::timeout, this, &JobDialog::discover);
    connect(m_source, &QComboBox::currentIndexChanged, this, &JobDialog::sourceChanged);
    connect(m_sourcePath, &QLineEdit::textChanged, this, [this] {
        m_sourceTimer->start();
        validate();
    });
    connect(browseSource, &QToolButton::clicked, this, &JobDialog::browseSource);
    connect(m_stream, &QComboBox::currentIndexChanged, this, &JobDialog::streamChanged);
    connect(m_destination, &QLineEdit::textChanged, this, &JobDialog::updateDestination);
    connect(m_writeTo, &QComboBox::currentIndexChanged, this, [this, destinationLabel] {
        const bool file = destinationSourceId() == 0;
        m_destinationFileRow->setVisible(file);
        destinationLabel->setVisible(file);
        updateDestination();
    });
    connect(browseDestination, &QToolButton::clicked, this, &JobDialog::browseDestination);
    connect(m_table, &QLineEdit::textChanged, this, &JobDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &JobDialog::validate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &JobDialog::updateKeys);
    connect(m_keys, &QListWidget::itemChanged, this, &JobDialog::validate);
    connect(m_cursor, &QComboBox::currentIndexChanged, this, [this] {
        // A cursor only makes sense when rows are added: replacing would drop earlier runs' rows.
        if (!m_cursor->currentData().toString().isEmpty() &&
            WriteMode(m_mode->currentData().toInt()) == WriteMode::Replace)
            m_mode->setCurrentIndex(m_mode->findData(int(WriteMode::Append)));
        validate();
    });
    connect(m_policy, &ErrorPolicyEdit::changed, this, &JobDialog::validate);
    connect(m_mapping, &MappingModel::mappingChanged, this, [this] {
        updateKeys();
        updatePreview();
    });
    connect(m_ddlButton, &QPushButton::clicked, this, &JobDialog::showDdl);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_mapping->setMapping(job.mapping);
    m_mappingTable->setRunMetadata(job.mapping.addRunId, job.mapping.addLoadedAt);
    m_destinationFileRow->setVisible(job.destinationSourceId == 0);
    destinationLabel->setVisible(job.destinationSourceId == 0);
    updateDestination();
    sourceChanged();
    resize(900, 760);
}

JobDialog::~JobDialog()
{
    cancelBackground();
}

void JobDialog::cancelBackground()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

std::optional<SourceRecord> JobDialog::currentSource() const
{
    const qint64 id = m_source->currentData().toLongLong();
    for (const SourceRecord &s : m_context.sources)
        if (s.id == id)
            return s;
    return std::nullopt;
}

bool JobDialog::fileSourceChosen() const
{
    return m_source->currentData().toLongLong() == FileChoice;
}

QString JobDialog::currentStream() const
{
    return m_stream->currentData().toString();
}

void JobDialog::sourceChanged()
{
    m_fileRow->setEnabled(fileSourceChosen());
    m_sourceTimer->stop();
    discover();
}

// Resolves the chosen source (secrets included) and lists its streams on a worker.
void JobDialog::discover()
{
    const int generation = ++m_generation;
    cancelBackground();
    m_resolved.reset();
    m_streams.clear();
    m_rawPreview = PreviewData();
    m_preview->clear();
    const std::optional<SourceRecord> source = currentSource();
    const QString path = fileSourceChosen() ? m_sourcePath->text().trimmed() : QString();
    // Until the source answers, the stream is the saved one if this is still the job's source.
    const bool saved = source ? source->id == m_job.sourceId : (!path.isEmpty() && path == m_job.sourcePath);
    const QString keep = saved ? m_job.stream : QString();
    if (currentStream() != keep || m_stream->count() > (keep.isEmpty() ? 0 : 1)) {
        const QSignalBlocker blocker(m_stream);
        m_stream->clear();
        if (!keep.isEmpty())
            m_stream->addItem(keep, keep);
        m_mapping->setSourceColumns({});
    }
    if (!source && path.isEmpty()) {
        m_streamStatus->setText(fileSourceChosen() ? tr("Choose the file to read.") : QString());
        validate();
        return;
    }
    m_streamStatus->setText(tr("Looking at what the source contains…"));
    validate();
    resolveJobSource(
        this, m_context.secrets, source, path, [this, generation](Result<ResolvedSource> resolved) {
            if (generation != m_generation)
                return;
            if (!resolved) {
                m_streamStatus->setText(resolved.error());
                return;
            }
            m_resolved = *resolved;
            const QString typeId = resolved->typeId;
            const ConnectionSettings settings = resolved->settings;
            runInBackground(
                this, [typeId, settings] { return SourceOperations::discoverStreams(typeId, settings); },
                [this, generation](Result<QList<StreamInfo>> streams) {
                    if (generation != m_generation)
                        return;
                    if (!streams) {
                        m_streamStatus->setText(streams.error());
                        return;
                    }
                    m_streams = *streams;
                    const QString wanted = currentStream();
                    {
                        const QSignalBlocker blocker(m_stream);
                        m_stream->clear();
                        for (const StreamInfo &s : std::as_const(m_streams))
                            m_stream->addItem(s.name, s.name);
                        const int index = m_stream->findData(wanted);
                        m_stream->setCurrentIndex(index >= 0 ? index : 0);
                    }
                    m_streamStatus->setText(m_streams.isEmpty() ? tr("This source has no streams.")
                                                                : QString());
                    streamChanged();
                });
        });
}

void JobDialog::streamChanged()
{
    const QString stream = currentStream();
    for (const StreamInfo &s : std::as_const(m_streams)) {
        if (s.name == stream) {
            m_mapping->setSourceColumns(s.columns);
            updateCursorChoices(s.columns);
            m_streamStatus->setText(s.detail);
        }
    }
    m_table->setPlaceholderText(stream.isEmpty() ? tr("the stream's name") : stream);
    loadPreview();
    validate();
}

void JobDialog::loadPreview()
{
    if (!m_resolved || currentStream().isEmpty())
        return;
    cancelBackground();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const int generation = m_generation;
    const QString typeId = m_resolved->typeId;
    const ConnectionSettings settings = m_resolved->settings;
    const QString stream = currentStream();
    m_previewStatus->setText(tr("Loading the first rows of '%1'…").arg(stream));
    runInBackground(
        this,
        [typeId, settings, stream, cancel] {
            return SourceOperations::preview(typeId, settings, stream, PreviewRows, cancel.get());
        },
        [this, generation, cancel, stream](Result<PreviewData> data) {
            if (generation != m_generation || cancel->load() || stream != currentStream())
                return;
            if (!data) {
                m_previewStatus->setText(data.error());
                return;
            }
            m_rawPreview = *data;
            if (!m_mapping->sourceColumnsKnown()) {
                QList<ColumnInfo> columns;
                for (const QString &name : std::as_const(m_rawPreview.columns))
                    columns.append(ColumnInfo{name, ColumnType::String, QString(), true, false});
                m_mapping->setSourceColumns(columns); // updates the preview through mappingChanged
            } else {
                updatePreview();
            }
        });
}

void JobDialog::updatePreview()
{
    if (m_rawPreview.columns.isEmpty())
        return;
    QString message;
    m_preview->setPreview(m_mapping->mappedPreview(m_rawPreview, m_context.maskSalt, &message));
    m_previewView->resizeColumnsToContents();
    if (message.isEmpty())
        message = tr("The first %n row(s), mapped. Column types are inferred from these rows only; a run "
                     "infers them from every row.",
                     nullptr, int(m_preview->rowCount()));
    m_previewStatus->setText(message);
}

void JobDialog::updateCursorChoices(const QList<ColumnInfo> &columns)
{
    const QString current = m_cursor->count() > 0 ? m_cursor->currentData().toString() : m_job.cursorColumn;
    const QSignalBlocker blocker(m_cursor);
    m_cursor->clear();
    m_cursor->addItem(tr("None: every run loads every row"), QString());
    for (const ColumnInfo &c : columns)
        m_cursor->addItem(c.name, c.name);
    if (!current.isEmpty() && m_cursor->findData(current) < 0)
        m_cursor->addItem(current, current); // columns not known yet: keep the saved cursor
    m_cursor->setCurrentIndex(qMax(0, m_cursor->findData(current)));
}

qint64 JobDialog::destinationSourceId() const
{
    return m_writeTo->currentData().toLongLong();
}

void JobDialog::updateDestination()
{
    if (destinationSourceId() > 0) {
        m_table->setEnabled(true);
        m_table->setPlaceholderText(tr("The stream's name; 'schema.table' picks a schema"));
        validate();
        return;
    }
    m_table->setPlaceholderText(QString());
    switch (destinationKind(m_destination->text())) {
    case DestinationKind::Sqlite: m_destinationKind->setText(tr("SQLite database")); break;
    case DestinationKind::Csv: m_destinationKind->setText(tr("CSV file")); break;
    case DestinationKind::Ndjson: m_destinationKind->setText(tr("NDJSON file")); break;
    case DestinationKind::Unknown:
        m_destinationKind->setText(m_destination->text().trimmed().isEmpty() ? QString()
                                                                             : tr("unknown kind"));
        break;
    }
    m_table->setEnabled(destinationKind(m_destination->text()) == DestinationKind::Sqlite);
    validate();
}

// The key list offers the target columns (keys are matched in the destination), keeping what
// was checked; keys only matter for upsert.
void JobDialog::updateKeys()
{
    QStringList checked;
    for (int i = 0; i < m_keys->count(); ++i)
        if (m_keys->item(i)->checkState() == Qt::Checked)
            checked << m_keys->item(i)->text();
    QStringList names = m_mapping->targetNames();
    if (names.isEmpty())
        names = checked; // columns not known yet: keep the saved keys
    for (const QString &key : std::as_const(checked))
        if (!names.contains(key))
            names << key; // shown, and reported as a problem, rather than silently dropped
    {
        const QSignalBlocker blocker(m_keys);
        m_keys->clear();
        for (const QString &name : std::as_const(names)) {
            auto *item = new QListWidgetItem(name, m_keys);
            item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_keys->setEnabled(WriteMode(m_mode->currentData().toInt()) == WriteMode::Upsert);
    validate();
}

JobDefinition JobDialog::job() const
{
    JobDefinition job = m_job;
    job.name = m_name->text().trimmed();
    if (fileSourceChosen()) {
        job.sourceId = 0;
        job.sourcePath = m_sourcePath->text().trimmed();
    } else {
        job.sourceId = m_source->currentData().toLongLong();
        job.sourcePath.clear();
    }
    job.stream = currentStream();
    job.destinationSourceId = destinationSourceId();
    job.destination = job.destinationSourceId > 0 ? QString() : m_destination->text().trimmed();
    job.table = job.destinationSourceId > 0 || destinationKind(job.destination) == DestinationKind::Sqlite
                    ? m_table->text().trimmed()
                    : QString();
    job.mode = WriteMode(m_mode->currentData().toInt());
    job.cursorColumn = m_cursor->currentData().toString();
    job.keyColumns.clear();
    if (job.mode == WriteMode::Upsert)
        for (int i = 0; i < m_keys->count(); ++i)
            if (m_keys->item(i)->checkState() == Qt::Checked)
                job.keyColumns << m_keys->item(i)->text();
    job.mapping = m_mapping->mapping();
    job.errors = m_policy->policy();
    return job;
}

QStringList JobDialog::problems() const
{
    const JobDefinition j = job();
    QStringList problems;
    if (j.name.isEmpty())
        problems << tr("Give the job a name.");
    else if (m_context.nameTaken && m_context.nameTaken(j.name))
        problems << tr("Another job is already named '%1'.").arg(j.name);
    if (j.sourceId > 0 && !currentSource())
        problems << tr("The job's source #%1 no longer exists; choose another.").arg(j.sourceId);
    if (j.destinationSourceId > 0 &&
        std::none_of(m_context.sources.cbegin(), m_context.sources.cend(),
                     [&j](const SourceRecord &s) { return s.id == j.destinationSourceId; }))
        problems << tr("The job's destination source #%1 no longer exists; choose another.")
                        .arg(j.destinationSourceId);
    problems += j.validate();
    const DestinationKind kind = destinationKind(j.destination);
    if (!j.destination.isEmpty() && kind == DestinationKind::Unknown)
        problems << tr("The destination must be a .sqlite/.db, .csv or .ndjson file.");
    if (j.mode == WriteMode::Upsert && (kind == DestinationKind::Csv || kind == DestinationKind::Ndjson))
        problems << tr(
            "Upsert needs a SQLite destination: a CSV or NDJSON file can only be replaced or appended to.");
    if (!j.sourcePath.isEmpty() && !j.destination.isEmpty() &&
        QFileInfo(j.sourcePath).absoluteFilePath() == QFileInfo(j.destination).absoluteFilePath())
        problems << tr("The destination cannot be the source file.");
    problems += m_mapping->problems();
    const QStringList targets = m_mapping->targetNames();
    if (!targets.isEmpty())
        for (const QString &key : j.keyColumns)
            if (!targets.contains(key))
                problems << tr("Key column '%1' is not one of the target columns.").arg(key);
    return problems;
}

void JobDialog::validate()
{
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(list.isEmpty());
    m_ddlButton->setEnabled(m_resolved.has_value() && !currentStream().isEmpty() &&
                            (destinationSourceId() > 0 ||
                             destinationKind(m_destination->text()) != DestinationKind::Unknown));
}

void JobDialog::browseSource()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Source File"), m_sourcePath->text().isEmpty() ? QDir::homePath() : m_sourcePath->text(),
        tr("Data files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!path.isEmpty())
        m_sourcePath->setText(QDir::toNativeSeparators(path));
}

void JobDialog::browseDestination()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Destination File"),
        m_destination->text().isEmpty() ? QDir::homePath() : m_destination->text(),
        tr("SQLite databases (*.sqlite *.sqlite3 *.db);;CSV files (*.csv);;NDJSON files (*.ndjson *.jsonl)"),
        nullptr,
        QFileDialog::DontConfirmOverwrite); // an existing database is written into, not replaced
    if (!path.isEmpty())
        m_destination->setText(QDir::toNativeSeparators(path));
}

void JobDialog::showDdl()
{
    if (!m_resolved)
        return;
    const JobDefinition definition = job();
    m_ddlButton->setEnabled(false);
    if (definition.destinationSourceId == 0) {
        showDdlFor(definition, {});
        return;
    }
    std::optional<SourceRecord> destination;
    for (const SourceRecord &s : std::as_const(m_context.sources))
        if (s.id == definition.destinationSourceId)
            destination = s;
    const int generation = m_generation;
    resolveJobSource(this, m_context.secrets, destination, QString(),
                     [this, definition, generation](Result<ResolvedSource> resolved) {
                         if (generation != m_generation)
                             return;
                         if (!resolved) {
                             m_previewStatus->setText(resolved.error());
                             validate();
                             return;
                         }
                         showDdlFor(definition, {resolved->typeId, resolved->settings});
                     });
}

void JobDialog::showDdlFor(const JobDefinition &definition, const DestinationTarget &target)
{
    const ResolvedSource source = *m_resolved;
    const QByteArray salt = m_context.maskSalt;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_previewStatus->setText(
        tr("Reading every row of '%1' to infer the column types…").arg(definition.stream));
    const int generation = m_generation;
    connect(this, &QDialog::finished, this, [cancel] { cancel->store(true); });
    runInBackground(
        this,
        [definition, source, target, salt, cancel] {
            return SyncPlanner::targetDdl(definition, source.typeId, source.settings, target, salt,
                                          cancel.get());
        },
        [this, generation, definition](Result<QString> ddl) {
            validate();
            if (generation != m_generation)
                return;
            if (!ddl) {
                m_previewStatus->setText(ddl.error());
                return;
            }
            updatePreview();
            auto *view = new QDialog(this);
            view->setAttribute(Qt::WA_DeleteOnClose);
            view->setWindowTitle(
                tr("Target of '%1'").arg(definition.name.isEmpty() ? tr("the new job") : definition.name));
            auto *text = new QPlainTextEdit(*ddl);
            text->setObjectName(QStringLiteral("ddlText"));
            text->setReadOnly(true);
            text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            auto *note =
                new QLabel(tr("From a type inference over every row of the stream, with this mapping."));
            note->setWordWrap(true);
            auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
            connect(close, &QDialogButtonBox::rejected, view, &QDialog::reject);
            auto *layout = new QVBoxLayout(view);
            layout->addWidget(note);
            layout->addWidget(text, 1);
            layout->addWidget(close);
            view->resize(640, 380);
            view->open();
        });
}

} // namespace miq
