#include "ui/profilepane.h"

#include "connectors/connectorregistry.h"
#include "engine/profile/profiler.h"
#include "engine/profile/profilereport.h"
#include "engine/sourceoperations.h"
#include "models/profilecolumnsmodel.h"
#include "models/profilefindingsmodel.h"
#include "models/profilehistorymodel.h"
#include "models/runformat.h"
#include "models/sourcesmodel.h"
#include "ui/backgroundcall.h"
#include "ui/jobsource.h"
#include "ui/panestate.h"
#include "ui/profilecolumndetails.h"
#include "ui/profilecompletenessdelegate.h"
#include "ui/profileoverview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QProgressBar>
#include <QRegularExpression>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace miq {

namespace {
constexpr int RecentProfiles = 6;
constexpr int DefaultSampleRows = 100'000;

// What a profiling worker hands back: the profile, and its id once saved.
struct RunOutcome
{
    std::shared_ptr<const DatasetProfile> profile;
    qint64 id = 0;
    QString saveError;
};

// Two saved profiles and what changed between them.
struct Comparison
{
    qint64 older = 0, newer = 0;
    std::shared_ptr<const DatasetProfile> olderProfile, newerProfile;
    QList<ProfileFinding> findings;
};
} // namespace

// Shared by the pane and its worker: the worker writes, the pane's timer reads.
struct ProfilePane::RunState
{
    std::atomic_bool cancel = false;
    QMutex mutex;
    ProfileProgress progress;
    qint64 sampleRows = -1;
    QString stream;
};

ProfilePane::ProfilePane(SourcesModel *sources, QWidget *parent)
    : QWidget(parent)
    , m_sources(sources)
    , m_history(new ProfileHistoryModel(this))
    , m_columns(new ProfileColumnsModel(this))
    , m_findings(new ProfileFindingsModel(this))
    , m_historyProxy(new QSortFilterProxyModel(this))
    , m_columnsProxy(new QSortFilterProxyModel(this))
    , m_sourceBox(new QComboBox)
    , m_streamBox(new QComboBox)
    , m_sampleButton(new QRadioButton(tr("&Sample of the first")))
    , m_fullButton(new QRadioButton(tr("Every &row")))
    , m_sampleRows(new QSpinBox)
    , m_progress(new QProgressBar)
    , m_progressText(new QLabel)
    , m_banner(new QLabel)
    , m_historyTitle(new QLabel)
    , m_historyView(new QTreeView)
    , m_tabs(new QTabWidget)
    , m_overview(new ProfileOverview)
    , m_columnFilter(new QLineEdit)
    , m_columnView(new QTreeView)
    , m_details(new ProfileColumnDetails)
    , m_changesTitle(new QLabel)
    , m_findingView(new QTreeView)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_columnsSplitter(new QSplitter(Qt::Horizontal))
    , m_poll(new QTimer(this))
{
    m_start = new QAction(tr("&Start Profiling"), this);
    m_start->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_start->setIconText(tr("Start"));
    m_start->setToolTip(tr("Profile the chosen stream in the background; the result is saved in the workspace"));
    m_cancel = new QAction(tr("&Cancel Profiling"), this);
    m_cancel->setShortcut(QKeySequence(tr("Ctrl+.")));
    m_cancel->setIconText(tr("Cancel"));
    m_exportHtml = new QAction(tr("Export &HTML Report…"), this);
    m_exportHtml->setIconText(tr("Export HTML"));
    m_exportJson = new QAction(tr("Export &JSON…"), this);
    m_exportJson->setIconText(tr("Export JSON"));
    m_compare = new QAction(tr("Co&mpare Selected Profiles"), this);
    m_compare->setIconText(tr("Compare"));
    m_compare->setToolTip(tr("Select two profiles of the history to see what changed between them"));
    m_remove = new QAction(tr("&Remove Saved Profile…"), this);
    m_remove->setIconText(tr("Remove"));
    for (QAction *a : {m_start, m_cancel, m_exportHtml, m_exportJson, m_compare, m_remove}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(a);
    }

    m_sourceBox->setObjectName(QStringLiteral("profileSource"));
    m_sourceBox->setModel(m_sources);
    m_sourceBox->setModelColumn(SourcesModel::NameColumn);
    m_sourceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceBox->setMinimumContentsLength(16);
    m_streamBox->setObjectName(QStringLiteral("profileStream"));
    m_streamBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_streamBox->setMinimumContentsLength(20);
    m_sampleRows->setObjectName(QStringLiteral("sampleRows"));
    m_sampleRows->setRange(1, 2'000'000'000);
    m_sampleRows->setGroupSeparatorShown(true);
    m_sampleRows->setValue(DefaultSampleRows);
    m_sampleRows->setSuffix(tr(" rows"));
    m_fullButton->setChecked(true);
    connect(m_sampleButton, &QRadioButton::toggled, m_sampleRows, &QWidget::setEnabled);
    m_sampleRows->setEnabled(false);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_start);
    toolbar->addAction(m_cancel);
    toolbar->addSeparator();
    toolbar->addAction(m_exportHtml);
    toolbar->addAction(m_exportJson);

    auto *chooser = new QHBoxLayout;
    auto *sourceLabel = new QLabel(tr("S&ource:"));
    sourceLabel->setBuddy(m_sourceBox);
    auto *streamLabel = new QLabel(tr("S&tream:"));
    streamLabel->setBuddy(m_streamBox);
    chooser->addWidget(sourceLabel);
    chooser->addWidget(m_sourceBox);
    chooser->addSpacing(8);
    chooser->addWidget(streamLabel);
    chooser->addWidget(m_streamBox, 1);
    chooser->addSpacing(12);
    chooser->addWidget(m_fullButton);
    chooser->addWidget(m_sampleButton);
    chooser->addWidget(m_sampleRows);
    chooser->addWidget(toolbar);

    m_progress->setObjectName(QStringLiteral("profileProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(260);
    m_progressText->setObjectName(QStringLiteral("profileProgressText"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressText, 1);
    m_progress->hide();
    m_progressText->hide();

    m_banner->setObjectName(QStringLiteral("profileBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    // History: newest first; two selected rows are a comparison.
    QFont titleFont = m_historyTitle->font();
    titleFont.setBold(true);
    m_historyTitle->setFont(titleFont);
    m_historyTitle->setWordWrap(true);
    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setSortRole(ProfileHistoryModel::SortRole);
    m_historyView->setObjectName(QStringLiteral("profileHistory"));
    m_historyView->setModel(m_historyProxy);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(ProfileHistoryModel::ProfiledAtColumn, Qt::DescendingOrder);
    m_historyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_historyView->addActions({m_compare, m_exportHtml, m_exportJson, m_remove});
    auto *historyBar = new QToolBar;
    historyBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    historyBar->addAction(m_compare);
    historyBar->addAction(m_remove);
    auto *historyBox = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_historyView, 1);
    historyLayout->addWidget(historyBar);

    // Columns tab: the table on the left, the selected column on the right.
    m_columnsProxy->setSourceModel(m_columns);
    m_columnsProxy->setSortRole(ProfileColumnsModel::SortRole);
    m_columnsProxy->setFilterRole(ProfileColumnsModel::SearchTextRole);
    m_columnsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_columnsProxy->setFilterKeyColumn(ProfileColumnsModel::NameColumn);
    m_columnFilter->setObjectName(QStringLiteral("columnFilter"));
    m_columnFilter->setPlaceholderText(tr("Filter columns by name, type or alert"));
    m_columnFilter->setClearButtonEnabled(true);
    connect(m_columnFilter, &QLineEdit::textChanged, m_columnsProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_columnView->setObjectName(QStringLiteral("profileColumns"));
    m_columnView->setModel(m_columnsProxy);
    m_columnView->setRootIsDecorated(false);
    m_columnView->setUniformRowHeights(true);
    m_columnView->setSortingEnabled(true);
    m_columnView->sortByColumn(-1, Qt::AscendingOrder); // the profile's order until the user sorts
    m_columnView->setItemDelegateForColumn(ProfileColumnsModel::CompletenessColumn,
                                           new ProfileCompletenessDelegate(m_columnView));
    QHeaderView *columnHeader = m_columnView->header();
    columnHeader->setSectionResizeMode(QHeaderView::Interactive);
    columnHeader->setStretchLastSection(true);
    const int charWidth = m_columnView->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    columnHeader->resizeSection(ProfileColumnsModel::NameColumn, charWidth * 15);
    columnHeader->resizeSection(ProfileColumnsModel::TypeColumn, charWidth * 15);
    columnHeader->resizeSection(ProfileColumnsModel::CompletenessColumn, charWidth * 20);
    columnHeader->resizeSection(ProfileColumnsModel::DistinctColumn, charWidth * 9);
    columnHeader->resizeSection(ProfileColumnsModel::QualityColumn, charWidth * 7);
    auto *columnsLeft = new QWidget;
    auto *columnsLeftLayout = new QVBoxLayout(columnsLeft);
    columnsLeftLayout->setContentsMargins(0, 0, 0, 0);
    columnsLeftLayout->addWidget(m_columnFilter);
    columnsLeftLayout->addWidget(m_columnView, 1);
    m_columnsSplitter->addWidget(columnsLeft);
    m_columnsSplitter->addWidget(m_details);
    m_columnsSplitter->setStretchFactor(1, 1);
    // The figures of a column (labels and values side by side) need room; the table scrolls.
    m_details->setMinimumWidth(charWidth * 44);
    m_columnsSplitter->setSizes({560, 500});

    // Changes tab.
    m_changesTitle->setWordWrap(true);
    m_changesTitle->setObjectName(QStringLiteral("changesTitle"));
    m_findingView->setObjectName(QStringLiteral("profileFindings"));
    m_findingView->setModel(m_findings);
    m_findingView->setRootIsDecorated(false);
    m_findingView->setUniformRowHeights(true);
    m_findingView->header()->setSectionResizeMode(ProfileFindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_findingView->header()->setSectionResizeMode(ProfileFindingsModel::ColumnColumn, QHeaderView::ResizeToContents);
    auto *changes = new QWidget;
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->addWidget(m_changesTitle);
    changesLayout->addWidget(m_findingView, 1);

    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_columnsSplitter, tr("Co&lumns"));
    m_tabs->addTab(changes, tr("C&hanges"));

    m_splitter->addWidget(historyBox);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(chooser);
    layout->addLayout(progressRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, &ProfilePane::pollProgress);
    connect(m_start, &QAction::triggered, this, &ProfilePane::startProfiling);
    connect(m_cancel, &QAction::triggered, this, &ProfilePane::cancelProfiling);
    connect(m_exportHtml, &QAction::triggered, this, [this] { chooseExport(ExportFormat::Html); });
    connect(m_exportJson, &QAction::triggered, this, [this] { chooseExport(ExportFormat::Json); });
    connect(m_compare, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedProfileIds();
        if (ids.size() == 2)
            compareProfiles(ids[0], ids[1]);
    });
    connect(m_remove, &QAction::triggered, this, &ProfilePane::removeSelected);
    connect(m_sourceBox, &QComboBox::currentIndexChanged, this, &ProfilePane::currentSourceChanged);
    connect(m_streamBox, &QComboBox::currentIndexChanged, this, &ProfilePane::currentStreamChanged);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProfilePane::historySelectionChanged);
    connect(m_columnView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProfilePane::currentColumnChanged);
    connect(m_overview, &ProfileOverview::columnActivated, this, [this](const QString &column) {
        const QModelIndex index = m_columnsProxy->mapFromSource(m_columns->indexForName(column));
        if (!index.isValid())
            return;
        m_tabs->setCurrentIndex(1);
        m_columnView->setCurrentIndex(index);
    });
    connect(m_sources, &QAbstractItemModel::modelReset, this, &ProfilePane::currentSourceChanged);
    currentSourceChanged();
}

ProfilePane::~ProfilePane()
{
    // The worker holds only its own values and the shared state; it stops at its next batch and
    // the application waits for the pool before exiting.
    cancelProfiling();
}

void ProfilePane::setStore(ProfileStore *store)
{
    cancelProfiling();
    ++m_storeGeneration;
    ++m_loadGeneration;
    m_store = store;
    m_recent.clear();
    m_profile.reset();
    m_profileId = 0;
    m_columns->setProfile(nullptr);
    m_overview->setProfile(nullptr);
    m_details->setColumn(nullptr);
    m_findings->setFindings({});
    m_changesTitle->setText(tr("Select two profiles of the history to see what changed."));
    setBanner(QString(), false);
    if (Status s = m_history->setStore(store); !s)
        setBanner(s.error(), true);
    currentStreamChanged();
}

void ProfilePane::setSecrets(SourceSecrets *secrets)
{
    m_secrets = secrets;
}

qint64 ProfilePane::currentSourceId() const
{
    return m_sourceBox->currentIndex() < 0
               ? 0
               : m_sources->index(m_sourceBox->currentIndex(), 0).data(SourcesModel::IdRole).toLongLong();
}

QString ProfilePane::currentStream() const
{
    return m_streamBox->currentData().toString();
}

ProfileSubject ProfilePane::currentSubject() const
{
    return {currentSourceId(), QString(), currentStream()};
}

void ProfilePane::setSampleRows(qint64 rows)
{
    if (rows > 0) {
        m_sampleButton->setChecked(true);
        m_sampleRows->setValue(int(qMin<qint64>(rows, m_sampleRows->maximum())));
    } else {
        m_fullButton->setChecked(true);
    }
}

void ProfilePane::selectStream(qint64 sourceId, const QString &stream)
{
    const QModelIndex index = m_sources->indexForId(sourceId);
    if (!index.isValid())
        return;
    m_pendingSource = sourceId;
    m_pendingStream = stream;
    if (m_sourceBox->currentIndex() == index.row()) {
        const int found = m_streamBox->findData(stream);
        if (found >= 0) {
            m_pendingSource = 0;
            m_streamBox->setCurrentIndex(found);
        }
        return;
    }
    m_sourceBox->setCurrentIndex(index.row());
}

void ProfilePane::currentSourceChanged()
{
    const int generation = ++m_streamGeneration;
    {
        const QSignalBlocker blocker(m_streamBox);
        m_streamBox->clear();
    }
    currentStreamChanged();
    const qint64 id = currentSourceId();
    if (id == 0) {
        m_historyTitle->setText(m_sources->rowCount() == 0 && m_sources->workspace()
                                    ? tr("No data sources yet. Add one in the Sources pane to profile it.")
                                    : QString());
        return;
    }
    Q_UNUSED(generation);
    loadStreams(id);
}

void ProfilePane::loadStreams(qint64 sourceId)
{
    const SourceRecord *source = m_sources->sourceForId(sourceId);
    if (!source)
        return;
    const int generation = m_streamGeneration;
    m_historyTitle->setText(tr("Looking at what '%1' contains…").arg(source->name));
    resolveJobSource(this, m_secrets, *source, QString(),
                     [this, generation, sourceId](Result<ResolvedSource> resolved) {
                         if (generation != m_streamGeneration)
                             return;
                         if (!resolved) {
                             m_historyTitle->setText(resolved.error());
                             return;
                         }
                         const QString typeId = resolved->typeId;
                         const ConnectionSettings settings = resolved->settings;
                         runInBackground(
                             this, [typeId, settings] { return SourceOperations::discoverStreams(typeId, settings); },
                             [this, generation, sourceId](Result<QList<StreamInfo>> streams) {
                                 if (generation != m_streamGeneration)
                                     return;
                                 if (!streams) {
                                     m_historyTitle->setText(streams.error());
                                     return;
                                 }
                                 {
                                     const QSignalBlocker blocker(m_streamBox);
                                     for (const StreamInfo &s : *streams)
                                         m_streamBox->addItem(s.name, s.name);
                                 }
                                 int index = streams->isEmpty() ? -1 : 0;
                                 if (m_pendingSource == sourceId) {
                                     const int found = m_streamBox->findData(m_pendingStream);
                                     if (found >= 0)
                                         index = found;
                                     m_pendingSource = 0;
                                 }
                                 m_streamBox->setCurrentIndex(index);
                                 currentStreamChanged();
                                 if (streams->isEmpty())
                                     m_historyTitle->setText(tr("This source has no streams."));
                             });
                     });
}

void ProfilePane::currentStreamChanged()
{
    const ProfileSubject subject = currentSubject();
    if (Status s = m_history->setSubject(subject); !s)
        setBanner(s.error(), true);
    if (subject.isValid())
        m_historyTitle->setText(m_history->rowCount() == 0
                                    ? tr("'%1' has not been profiled yet. Press Start.").arg(subject.stream)
                                    : tr("Profiles of '%1'").arg(subject.stream));
    if (m_history->rowCount() > 0)
        m_historyView->setCurrentIndex(m_historyProxy->index(0, 0));
    updateActions();
}

QList<qint64> ProfilePane::selectedProfileIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_historyView->selectionModel()->selectedRows())
        ids << index.data(ProfileHistoryModel::IdRole).toLongLong();
    return ids;
}

void ProfilePane::historySelectionChanged()
{
    const QList<qint64> ids = selectedProfileIds();
    if (ids.size() == 1 && ids.first() != m_profileId)
        showProfile(ids.first());
    else if (ids.size() == 2)
        compareProfiles(ids[0], ids[1]);
    updateActions();
}

void ProfilePane::remember(qint64 id, std::shared_ptr<const DatasetProfile> profile)
{
    for (int i = 0; i < m_recent.size(); ++i)
        if (m_recent[i].first == id)
            m_recent.removeAt(i--);
    m_recent.prepend({id, std::move(profile)});
    while (m_recent.size() > RecentProfiles)
        m_recent.removeLast();
}

void ProfilePane::showProfile(qint64 id)
{
    if (!m_store)
        return;
    const int generation = ++m_loadGeneration;
    for (const auto &[known, profile] : m_recent)
        if (known == id) {
            showLoaded(id, profile);
            return;
        }
    Q_EMIT statusMessage(tr("Loading the profile…"));
    // A profile of a thousand columns is megabytes of JSON: parsed on the pool, through the
    // worker's own connection to the workspace.
    const QString path = m_store->workspace().path();
    runInBackground(
        this,
        [path, id]() -> Result<std::shared_ptr<const DatasetProfile>> {
            auto store = ProfileStore::open(path);
            if (!store)
                return Error(store.error());
            auto profile = (*store)->load(id);
            if (!profile)
                return Error(profile.error());
            return std::make_shared<const DatasetProfile>(std::move(*profile));
        },
        [this, generation, id](Result<std::shared_ptr<const DatasetProfile>> loaded) {
            if (generation != m_loadGeneration)
                return;
            if (!loaded) {
                setBanner(loaded.error(), true);
                return;
            }
            remember(id, *loaded);
            showLoaded(id, *loaded);
            Q_EMIT statusMessage(QString());
        });
}

void ProfilePane::showLoaded(qint64 id, std::shared_ptr<const DatasetProfile> profile)
{
    m_profile = std::move(profile);
    m_profileId = id;
    const QString currentColumn = m_details->columnName();
    m_columns->setProfile(m_profile);
    m_overview->setProfile(m_profile);
    // Keep the same column selected across profiles of the stream: that is how one compares.
    QModelIndex column = m_columnsProxy->mapFromSource(m_columns->indexForName(currentColumn));
    if (!column.isValid())
        column = m_columnsProxy->index(0, 0);
    m_columnView->setCurrentIndex(column);
    currentColumnChanged();
    updateActions();
    Q_EMIT profileShown(id);
}

void ProfilePane::currentColumnChanged()
{
    const QModelIndex current = m_columnsProxy->mapToSource(m_columnView->currentIndex());
    m_details->setColumn(current.isValid() ? m_columns->column(current.row()) : nullptr);
}

void ProfilePane::compareProfiles(qint64 a, qint64 b)
{
    if (!m_store || a == b)
        return;
    const int generation = ++m_loadGeneration;
    m_changesTitle->setText(tr("Comparing…"));
    m_findings->setFindings({});
    m_tabs->setCurrentIndex(2);
    std::shared_ptr<const DatasetProfile> known[2];
    for (const auto &[id, profile] : m_recent) {
        if (id == a)
            known[0] = profile;
        if (id == b)
            known[1] = profile;
    }
    const QString path = m_store->workspace().path();
    runInBackground(
        this,
        [path, a, b, knownA = known[0], knownB = known[1]]() -> Result<Comparison> {
            Comparison c;
            std::unique_ptr<ProfileStore> store;
            auto load = [&](qint64 id, std::shared_ptr<const DatasetProfile> have)
                -> Result<std::shared_ptr<const DatasetProfile>> {
                if (have)
                    return have;
                if (!store) {
                    auto opened = ProfileStore::open(path);
                    if (!opened)
                        return Error(opened.error());
                    store = std::move(*opened);
                }
                auto profile = store->load(id);
                if (!profile)
                    return Error(profile.error());
                return std::make_shared<const DatasetProfile>(std::move(*profile));
            };
            auto first = load(a, knownA);
            if (!first)
                return Error(first.error());
            auto second = load(b, knownB);
            if (!second)
                return Error(second.error());
            const bool aOlder = (*first)->profiledAt < (*second)->profiledAt ||
                                ((*first)->profiledAt == (*second)->profiledAt && a < b);
            c.older = aOlder ? a : b;
            c.newer = aOlder ? b : a;
            c.olderProfile = aOlder ? *first : *second;
            c.newerProfile = aOlder ? *second : *first;
            c.findings = ProfileComparison::compare(*c.olderProfile, *c.newerProfile);
            return c;
        },
        [this, generation](Result<Comparison> c) {
            if (generation != m_loadGeneration)
                return;
            if (!c) {
                m_changesTitle->setText(c.error());
                return;
            }
            remember(c->older, c->olderProfile);
            remember(c->newer, c->newerProfile);
            const QLocale locale;
            const QString older = locale.toString(c->olderProfile->profiledAt.toLocalTime(), QLocale::ShortFormat);
            const QString newer = locale.toString(c->newerProfile->profiledAt.toLocalTime(), QLocale::ShortFormat);
            m_changesTitle->setText(c->findings.isEmpty()
                                        ? tr("Nothing worth noting changed from %1 to %2.").arg(older, newer)
                                        : tr("What changed from %1 to %2: %n finding(s), most severe first.", nullptr,
                                             int(c->findings.size()))
                                              .arg(older, newer));
            m_findings->setFindings(c->findings);
            m_findingView->resizeColumnToContents(ProfileFindingsModel::ColumnColumn);
            Q_EMIT comparisonShown(c->older, c->newer);
        });
}

void ProfilePane::startProfiling()
{
    const ProfileSubject subject = currentSubject();
    const SourceRecord *source = m_sources->sourceForId(subject.sourceId);
    if (!m_store || !source || !subject.isValid() || m_run)
        return;
    auto state = std::make_shared<RunState>();
    state->sampleRows = m_sampleButton->isChecked() ? m_sampleRows->value() : -1;
    state->stream = subject.stream;
    m_run = state;
    m_runSubject = subject;
    setBanner(QString(), false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Starting to profile '%1'…").arg(subject.stream));
    m_progressText->show();
    m_poll->start();
    updateActions();

    const QString workspacePath = m_store->workspace().path();
    const QString sourceName = source->name;
    const int generation = m_storeGeneration;
    resolveJobSource(
        this, m_secrets, *source, QString(),
        [this, state, subject, workspacePath, sourceName, generation](Result<ResolvedSource> resolved) {
            if (generation != m_storeGeneration || state != m_run)
                return;
            if (!resolved) {
                runFinished(0, nullptr, resolved.error(), QString());
                return;
            }
            const QString typeId = resolved->typeId;
            const ConnectionSettings settings = resolved->settings;
            runInBackground(
                this,
                [state, typeId, settings, sourceName, subject, workspacePath]() -> Result<RunOutcome> {
                    auto connector = ConnectorRegistry::builtin().create(typeId, settings);
                    if (!connector)
                        return Error(connector.error());
                    ProfileOptions options;
                    options.sampleRows = state->sampleRows;
                    options.cancel = &state->cancel;
                    options.progress = [state](const ProfileProgress &p) {
                        QMutexLocker lock(&state->mutex);
                        state->progress = p;
                    };
                    auto profile = Profiler::profile(**connector, sourceName, subject.stream, options);
                    if (!profile)
                        return Error(profile.error());
                    RunOutcome outcome;
                    outcome.profile = std::make_shared<const DatasetProfile>(std::move(*profile));
                    // Saved here, on the worker's own connection: a big profile's JSON is written
                    // without the GUI waiting for it.
                    auto store = ProfileStore::open(workspacePath);
                    if (!store) {
                        outcome.saveError = store.error();
                        return outcome;
                    }
                    auto id = (*store)->save(subject, *outcome.profile);
                    if (id)
                        outcome.id = *id;
                    else
                        outcome.saveError = id.error();
                    return outcome;
                },
                [this, state, generation](Result<RunOutcome> outcome) {
                    if (generation != m_storeGeneration || state != m_run)
                        return;
                    if (!outcome)
                        runFinished(0, nullptr, outcome.error(), QString());
                    else
                        runFinished(outcome->id, outcome->profile, QString(), outcome->saveError);
                });
        });
}

void ProfilePane::cancelProfiling()
{
    if (!m_run)
        return;
    m_run->cancel.store(true);
    m_progressText->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void ProfilePane::pollProgress()
{
    if (!m_run)
        return;
    ProfileProgress p;
    {
        QMutexLocker lock(&m_run->mutex);
        p = m_run->progress;
    }
    if (m_run->cancel.load())
        return;
    double fraction = -1;
    if (m_run->sampleRows > 0)
        fraction = double(p.rows) / double(m_run->sampleRows);
    else if (p.bytesTotal > 0)
        fraction = double(p.bytesRead) / double(p.bytesTotal);
    if (fraction >= 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(0.0, fraction, 1.0) * 1000));
    }
    QStringList parts;
    if (fraction >= 0)
        parts << ProfileReport::percent(qint64(fraction * 1000), 1000);
    parts << tr("%1 rows").arg(RunFormat::count(p.rows));
    if (p.rowsPerSecond > 0)
        parts << RunFormat::rate(p.rowsPerSecond);
    if (p.etaSeconds >= 0)
        parts << tr("%1 left").arg(RunFormat::duration(p.etaSeconds));
    m_progressText->setText(tr("Profiling '%1': %2").arg(m_run->stream, parts.join(QStringLiteral(" · "))));
}

void ProfilePane::runFinished(qint64 profileId, std::shared_ptr<const DatasetProfile> profile, const QString &error,
                              const QString &saveError)
{
    const bool cancelled = m_run && m_run->cancel.load();
    const ProfileSubject subject = m_runSubject;
    m_run.reset();
    m_poll->stop();
    m_progress->hide();
    m_progressText->hide();
    QString message;
    if (!profile) {
        message = cancelled ? tr("Profiling '%1' was cancelled.").arg(subject.stream)
                            : tr("Profiling '%1' failed: %2").arg(subject.stream, error);
        setBanner(message, !cancelled);
    } else {
        message = tr("Profiled '%1': %2 rows, %3 columns, %n alert(s) in %4.", nullptr, int(profile->alerts.size()))
                      .arg(subject.stream, RunFormat::count(profile->rows), RunFormat::count(profile->columns.size()),
                           RunFormat::duration(profile->seconds));
        if (!saveError.isEmpty())
            message += QLatin1Char(' ') + tr("It could not be saved: %1").arg(saveError);
        setBanner(message, !saveError.isEmpty());
        if (profileId != 0)
            remember(profileId, profile);
        const bool shown = subject.sourceId == currentSourceId() && subject.stream == currentStream();
        if (shown) {
            (void)m_history->reload();
            m_historyTitle->setText(tr("Profiles of '%1'").arg(subject.stream));
            // Select the new profile without loading it again: it is already here.
            m_profileId = profileId;
            const QModelIndex index = m_historyProxy->mapFromSource(m_history->indexForId(profileId));
            if (index.isValid())
                m_historyView->setCurrentIndex(index);
            showLoaded(profileId, profile);
            m_tabs->setCurrentIndex(0);
        }
    }
    updateActions();
    Q_EMIT statusMessage(message, 10000);
    Q_EMIT profilingFinished(profile ? profileId : 0, message);
}

void ProfilePane::chooseExport(ExportFormat format)
{
    if (!m_profile)
        return;
    const bool html = format == ExportFormat::Html;
    QString base = m_profile->stream;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString suggested = QDir::home().filePath(base + (html ? QStringLiteral("-profile.html")
                                                                 : QStringLiteral("-profile.json")));
    const QString path = QFileDialog::getSaveFileName(
        this, html ? tr("Export HTML Report") : tr("Export Profile as JSON"), suggested,
        html ? tr("HTML reports (*.html *.htm)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportProfile(path, format);
}

void ProfilePane::exportProfile(const QString &path, ExportFormat format)
{
    if (!m_profile)
        return;
    const std::shared_ptr<const DatasetProfile> profile = m_profile;
    Q_EMIT statusMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    runInBackground(
        this,
        [profile, path, format] {
            return format == ExportFormat::Html ? ProfileReport::writeHtml(*profile, path)
                                                : ProfileReport::writeJson(*profile, path);
        },
        [this, path](Status status) {
            const QString message = status ? tr("Exported the profile to %1.").arg(QDir::toNativeSeparators(path))
                                           : status.error();
            if (!status)
                QMessageBox::warning(this, tr("Cannot Export Profile"), message);
            Q_EMIT statusMessage(message, 8000);
            Q_EMIT exportFinished(path, status.ok(), message);
        });
}

void ProfilePane::removeSelected()
{
    const QList<qint64> ids = selectedProfileIds();
    if (!m_store || ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Saved Profiles"),
        tr("Remove %n saved profile(s) of '%1' from the workspace? The data is not touched.", nullptr, int(ids.size()))
            .arg(currentStream()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (qint64 id : ids) {
        if (Status s = m_store->remove(id); !s) {
            setBanner(s.error(), true);
            break;
        }
        for (int i = 0; i < m_recent.size(); ++i)
            if (m_recent[i].first == id)
                m_recent.removeAt(i--);
        if (id == m_profileId) {
            m_profileId = 0;
            m_profile.reset();
            m_columns->setProfile(nullptr);
            m_overview->setProfile(nullptr);
            m_details->setColumn(nullptr);
        }
    }
    currentStreamChanged();
}

void ProfilePane::updateActions()
{
    const bool running = m_run != nullptr;
    const int selected = m_historyView->selectionModel()->selectedRows().size();
    m_start->setEnabled(!running && m_store && currentSubject().isValid());
    m_cancel->setEnabled(running && !m_run->cancel.load());
    m_exportHtml->setEnabled(m_profile != nullptr);
    m_exportJson->setEnabled(m_profile != nullptr);
    m_compare->setEnabled(selected == 2);
    m_remove->setEnabled(selected > 0);
    m_sourceBox->setEnabled(!running);
    m_streamBox->setEnabled(!running);
    m_sampleButton->setEnabled(!running);
    m_fullButton->setEnabled(!running);
    m_sampleRows->setEnabled(!running && m_sampleButton->isChecked());
}

void ProfilePane::setBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_banner->setVisible(!text.isEmpty());
}

QByteArray ProfilePane::saveState() const
{
    return savePaneState(m_splitter, m_columnsSplitter, m_columnView->header());
}

void ProfilePane::restoreState(const QByteArray &state)
{
    restorePaneState(state, m_splitter, m_columnsSplitter, m_columnView->header());
}

} // namespace miq
