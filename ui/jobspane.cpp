#include "ui/jobspane.h"

#include "engine/sync/jobrunner.h"
#include "models/jobsmodel.h"
#include "models/runformat.h"
#include "models/runsmodel.h"
#include "ui/jobdialog.h"
#include "ui/jobprogressdelegate.h"
#include "ui/jobsource.h"
#include "ui/panestate.h"
#include "ui/rundetails.h"
#include "ui/runnotifier.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace miq {

namespace {

bool canRetry(int lastStatus)
{
    return lastStatus == int(RunStatus::Failed) || lastStatus == int(RunStatus::Cancelled) ||
           lastStatus == int(RunStatus::Interrupted);
}

JobDialog::Context dialogContext(JobStore *store, SourceSecrets *secrets, qint64 jobId)
{
    JobDialog::Context context;
    if (auto sources = store->workspace().sources())
        context.sources = *sources;
    context.nameTaken = [store, jobId](const QString &name) {
        const auto other = store->jobByName(name);
        return other.ok() && other->definition.id != jobId;
    };
    context.secrets = secrets;
    if (auto salt = store->workspace().maskSalt())
        context.maskSalt = *salt;
    return context;
}

} // namespace

JobsPane::JobsPane(JobsModel *model, JobRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_runner(runner)
    , m_runs(new RunsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_runsProxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_jobView(new QTreeView)
    , m_historyTitle(new QLabel)
    , m_runView(new QTreeView)
    , m_details(new RunDetails)
    , m_notifier(new RunNotifier)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_detailSplitter(new QSplitter(Qt::Vertical))
{
    m_add = new QAction(tr("&Add Job…"), this);
    m_add->setShortcut(QKeySequence(tr("Ctrl+Shift+J")));
    m_edit = new QAction(tr("&Edit Job…"), this);
    m_edit->setShortcut(QKeySequence(tr("F2")));
    m_remove = new QAction(tr("Re&move Job…"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_run = new QAction(tr("&Run"), this);
    m_run->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_run->setToolTip(tr("Run the job; an interrupted run resumes from its last checkpoint"));
    m_cancel = new QAction(tr("&Cancel Run"), this);
    m_cancel->setShortcut(QKeySequence(tr("Ctrl+.")));
    m_pause = new QAction(tr("&Pause"), this);
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_retry = new QAction(tr("Re&try"), this);
    m_retry->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_retry->setToolTip(tr("Run a failed, cancelled or interrupted job again; an interrupted run resumes"));
    m_add->setIconText(tr("Add"));
    m_edit->setIconText(tr("Edit"));
    m_remove->setIconText(tr("Remove"));
    m_run->setIconText(tr("Run"));
    m_cancel->setIconText(tr("Cancel"));
    m_pause->setIconText(tr("Pause"));
    m_retry->setIconText(tr("Retry"));
    for (QAction *a : {m_add, m_edit, m_remove, m_run, m_cancel, m_pause, m_retry}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(a);
    }
    m_add->setShortcutContext(Qt::WindowShortcut);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(JobsModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(JobsModel::NameColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("jobFilter"));
    m_filter->setPlaceholderText(tr("Filter jobs (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    QWidget::addAction(focusFilter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_jobView->setObjectName(QStringLiteral("jobView"));
    m_jobView->setModel(m_proxy);
    m_jobView->setRootIsDecorated(false);
    m_jobView->setUniformRowHeights(true);
    m_jobView->setSortingEnabled(true);
    m_jobView->sortByColumn(JobsModel::NameColumn, Qt::AscendingOrder);
    m_jobView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_jobView->addActions({m_run, m_cancel, m_pause, m_retry, m_edit, m_remove});
    m_jobView->setItemDelegateForColumn(JobsModel::ProgressColumn, new JobProgressDelegate(m_jobView));
    QHeaderView *jobHeader = m_jobView->header();
    const int charWidth = m_jobView->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    // The route takes what is left (elided; the tooltip has it whole), the progress bars keep
    // room for their text.
    jobHeader->setStretchLastSection(false);
    jobHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    jobHeader->setSectionResizeMode(JobsModel::RouteColumn, QHeaderView::Stretch);
    jobHeader->setSectionResizeMode(JobsModel::ProgressColumn, QHeaderView::Interactive);
    jobHeader->resizeSection(JobsModel::ProgressColumn, charWidth * 26);
    connect(m_jobView, &QTreeView::doubleClicked, this, &JobsPane::editJob);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_remove);
    toolbar->addSeparator();
    toolbar->addAction(m_run);
    toolbar->addAction(m_cancel);
    toolbar->addAction(m_pause);
    toolbar->addAction(m_retry);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(toolbar);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_jobView, 1);

    QFont titleFont = m_historyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_historyTitle->setFont(titleFont);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));

    m_runsProxy->setSourceModel(m_runs);
    m_runsProxy->setSortRole(RunsModel::SortRole);
    m_runView->setObjectName(QStringLiteral("runView"));
    m_runView->setModel(m_runsProxy);
    m_runView->setRootIsDecorated(false);
    m_runView->setUniformRowHeights(true);
    m_runView->setSortingEnabled(true);
    m_runView->sortByColumn(RunsModel::IdColumn, Qt::DescendingOrder);
    m_runView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *historyBox = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_runView, 1);

    m_detailSplitter->addWidget(historyBox);
    m_detailSplitter->addWidget(m_details);
    m_detailSplitter->setStretchFactor(1, 2);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({780, 460});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_notifier);
    layout->addWidget(m_splitter, 1);

    connect(m_add, &QAction::triggered, this, &JobsPane::addJob);
    connect(m_edit, &QAction::triggered, this, &JobsPane::editJob);
    connect(m_remove, &QAction::triggered, this, &JobsPane::removeJob);
    connect(m_run, &QAction::triggered, this, [this] { runJob(currentJobId()); });
    connect(m_retry, &QAction::triggered, this, [this] { runJob(currentJobId()); });
    connect(m_cancel, &QAction::triggered, this, &JobsPane::cancelRun);
    connect(m_pause, &QAction::toggled, this, &JobsPane::setPaused);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPane::currentJobChanged);
    connect(m_runView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPane::currentRunChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPane::currentJobChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.data(JobsModel::IdRole).toLongLong() == currentJobId())
            updateActions();
    });
    connect(m_runs, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        const qint64 id = topLeft.data(RunsModel::IdRole).toLongLong();
        if (id != 0 && id == currentRunId())
            m_details->showRun(m_runs->runForId(id));
    });
    connect(m_details, &RunDetails::statusMessage, this, &JobsPane::statusMessage);
    connect(m_details, &RunDetails::retryQuarantined, this, [this](qint64 runId) { runJob(currentJobId(), runId); });
    connect(m_runner, &JobRunner::progress, this, &JobsPane::runProgress);
    connect(m_runner, &JobRunner::started, this, [this](int task) {
        if (const qint64 job = m_tasks.value(task))
            m_model->setStarted(job);
    });
    connect(m_runner, &JobRunner::finished, this, &JobsPane::runFinishedByRunner);
    updateActions();
}

JobsPane::~JobsPane() = default;

void JobsPane::setStore(JobStore *store)
{
    ++m_storeGeneration;
    m_tasks.clear();
    m_cancelling.clear();
    (void)m_runs->setStore(store);
    m_details->setStore(store);
    if (Status s = m_model->setStore(store); !s)
        showError(tr("Cannot Read Jobs"), s.error());
}

void JobsPane::setSecrets(SourceSecrets *secrets)
{
    m_secrets = secrets;
}

qint64 JobsPane::currentJobId() const
{
    const QModelIndex current = m_jobView->currentIndex();
    return current.isValid() ? current.data(JobsModel::IdRole).toLongLong() : 0;
}

void JobsPane::selectJob(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
    if (index.isValid())
        m_jobView->setCurrentIndex(index);
}

qint64 JobsPane::currentRunId() const
{
    const QModelIndex current = m_runView->currentIndex();
    return current.isValid() ? current.data(RunsModel::IdRole).toLongLong() : 0;
}

void JobsPane::selectRun(qint64 id)
{
    const QModelIndex index = m_runsProxy->mapFromSource(m_runs->indexForId(id));
    if (index.isValid())
        m_runView->setCurrentIndex(index);
}

QByteArray JobsPane::saveState() const
{
    return savePaneState(m_splitter, m_detailSplitter, m_jobView->header());
}

void JobsPane::restoreState(const QByteArray &state)
{
    restorePaneState(state, m_splitter, m_detailSplitter, m_jobView->header());
}

void JobsPane::showEvent(QShowEvent *event)
{
    // Sources may have been renamed in the sources pane meanwhile.
    m_model->refreshSourceNames();
    QWidget::showEvent(event);
}

int JobsPane::taskForJob(qint64 jobId) const
{
    for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it)
        if (it.value() == jobId)
            return it.key();
    return 0;
}

void JobsPane::updateActions()
{
    const qint64 id = currentJobId();
    const bool hasJob = m_model->jobForId(id) != nullptr;
    const bool running = hasJob && m_model->isRunning(id);
    const int task = running ? taskForJob(id) : 0;
    const bool started = task != 0 && !m_cancelling.contains(task);
    const QModelIndex index = m_model->indexForId(id);
    const int lastStatus = index.isValid() ? index.data(JobsModel::LastRunStatusRole).toInt() : -1;
    m_add->setEnabled(m_model->store() != nullptr);
    m_edit->setEnabled(hasJob && !running);
    m_remove->setEnabled(hasJob && !running);
    m_run->setEnabled(hasJob && !running);
    m_retry->setEnabled(hasJob && !running && canRetry(lastStatus));
    m_cancel->setEnabled(started);
    m_pause->setEnabled(started);
    {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(started && m_model->isPaused(id));
    }
    m_pause->setText(m_pause->isChecked() ? tr("&Resume") : tr("&Pause"));
    m_pause->setIconText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
}

void JobsPane::currentJobChanged()
{
    const qint64 id = currentJobId();
    const JobRecord *job = m_model->jobForId(id);
    (void)m_runs->setJob(job ? id : 0);
    m_runView->setColumnHidden(RunsModel::JobColumn, job != nullptr);
    if (!m_model->store())
        m_historyTitle->setText(QString());
    else if (job)
        m_historyTitle->setText(tr("Runs of '%1'").arg(job->definition.name));
    else if (m_model->rowCount() == 0)
        m_historyTitle->setText(tr("No sync jobs yet. Add one with Job ▸ Add Job…"));
    else
        m_historyTitle->setText(tr("All runs"));
    if (m_runsProxy->rowCount() > 0)
        m_runView->setCurrentIndex(m_runsProxy->index(0, 0));
    else
        m_details->showRun(nullptr);
    updateActions();
}

void JobsPane::currentRunChanged()
{
    m_details->showRun(m_runs->runForId(currentRunId()));
}

void JobsPane::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void JobsPane::openDialog(const JobDefinition &job)
{
    JobStore *store = m_model->store();
    if (!store)
        return;
    auto *dialog = new JobDialog(job, dialogContext(store, m_secrets, job.id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const JobDefinition edited = dialog->job();
        if (edited.id == 0) {
            const Result<qint64> id = m_model->addJob(edited);
            if (!id) {
                showError(tr("Cannot Add Job"), id.error());
                return;
            }
            selectJob(*id);
            Q_EMIT statusMessage(tr("Added job '%1'.").arg(edited.name), 4000);
        } else {
            if (m_model->isRunning(edited.id)) {
                showError(
                    tr("Cannot Save Job"),
                    tr("Job '%1' started running meanwhile; save it once the run ends.").arg(edited.name));
                return;
            }
            if (Status s = m_model->updateJob(edited); !s) {
                showError(tr("Cannot Save Job"), s.error());
                return;
            }
            currentJobChanged();
            Q_EMIT statusMessage(tr("Saved job '%1'.").arg(edited.name), 4000);
        }
    });
    dialog->open();
}

void JobsPane::addJob()
{
    if (m_model->store())
        openDialog(JobDefinition());
}

void JobsPane::editJob()
{
    const JobRecord *job = m_model->jobForId(currentJobId());
    if (job && !m_model->isRunning(job->definition.id))
        openDialog(job->definition);
}

void JobsPane::removeJob()
{
    const qint64 id = currentJobId();
    const JobRecord *job = m_model->jobForId(id);
    if (!job || m_model->isRunning(id))
        return;
    const QString name = job->definition.name;
    const auto answer = QMessageBox::question(
        this, tr("Remove Job"),
        tr("Remove the sync job '%1'? Its definition is deleted; the data it wrote is not touched.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = m_model->removeJob(id); !s) {
        showError(tr("Cannot Remove Job"), s.error());
        return;
    }
    Q_EMIT statusMessage(tr("Removed job '%1'.").arg(name), 4000);
}

// Resolves the job's source (secrets come asynchronously from the keychain) into a request of
// plain values and hands it to the runner, whose pool does the work.
void JobsPane::runJob(qint64 id, qint64 retryOf)
{
    JobStore *store = m_model->store();
    const JobRecord *record = m_model->jobForId(id);
    if (!store || !record || m_model->isRunning(id))
        return;
    const JobDefinition job = record->definition;
    std::optional<SourceRecord> source;
    if (job.sourceId > 0) {
        auto found = store->workspace().source(job.sourceId);
        if (!found) {
            showError(tr("Cannot Run Job"),
                      tr("Job '%1' reads a source that no longer exists: %2").arg(job.name, found.error()));
            return;
        }
        source = *found;
    }
    std::optional<SourceRecord> destination;
    if (job.destinationSourceId > 0) {
        auto found = store->workspace().source(job.destinationSourceId);
        if (!found) {
            showError(tr("Cannot Run Job"), tr("Job '%1' writes to a source that no longer exists: %2")
                                                .arg(job.name, found.error()));
            return;
        }
        destination = *found;
    }
    m_model->setRunning(id, true);
    updateActions();
    Q_EMIT statusMessage(tr("Starting '%1'…").arg(job.name), 4000);
    const QString workspacePath = store->workspace().path();
    const int generation = m_storeGeneration;
    auto failed = [this, id, job](const QString &error) {
        m_model->setRunning(id, false);
        updateActions();
        notify(tr("Job '%1' did not start").arg(job.name), error, false);
    };
    // The source's secrets, then the destination's (a database source has its own).
    resolveJobSource(
        this, m_secrets, source, job.sourcePath,
        [this, id, job, workspacePath, generation, destination, failed, retryOf](Result<ResolvedSource> resolved) {
            if (generation != m_storeGeneration)
                return;
            if (!resolved)
                return failed(resolved.error());
            RunRequest request;
            request.workspacePath = workspacePath;
            request.job = job;
            request.sourceType = resolved->typeId;
            request.source = resolved->settings;
            request.full = false; // an interrupted run resumes from its checkpoint
            request.retryOf = retryOf;
            auto start = [this, id](RunRequest request) {
                m_tasks.insert(m_runner->start(std::move(request)), id);
                updateActions();
            };
            if (!destination)
                return start(std::move(request));
            resolveJobSource(this, m_secrets, destination, QString(),
                             [this, generation, request, start, failed](Result<ResolvedSource> target) mutable {
                                 if (generation != m_storeGeneration)
                                     return;
                                 if (!target)
                                     return failed(target.error());
                                 request.destination = {target->typeId, target->settings};
                                 start(std::move(request));
                             });
        });
}

void JobsPane::cancelRun()
{
    const qint64 id = currentJobId();
    if (const int task = taskForJob(id)) {
        m_runner->cancel(task);
        m_cancelling.insert(task);
        m_model->setPaused(id, false);
        Q_EMIT statusMessage(tr("Cancelling '%1'…").arg(m_model->jobForId(id)->definition.name));
        updateActions();
    }
}

void JobsPane::setPaused(bool paused)
{
    const qint64 id = currentJobId();
    const int task = taskForJob(id);
    if (!task)
        return;
    m_runner->setPaused(task, paused);
    m_model->setPaused(id, paused);
    updateActions();
}

void JobsPane::runProgress(int task, const RunProgress &progress)
{
    const qint64 jobId = m_tasks.value(task);
    if (jobId == 0)
        return;
    m_model->setProgress(jobId, progress);
    if (progress.runId == 0 || (m_runs->jobId() != 0 && m_runs->jobId() != jobId))
        return;
    if (!m_runs->indexForId(progress.runId).isValid()) {
        // The run's first report: it now has a record, so it joins the history (and is shown
        // when the user is looking at this job).
        (void)m_runs->refreshRun(progress.runId);
        if (m_runs->jobId() == jobId)
            selectRun(progress.runId);
    }
    m_runs->setProgress(progress);
}

void JobsPane::runFinishedByRunner(int task, const RunRecord &run, const QString &error)
{
    const qint64 jobId = m_tasks.take(task);
    m_cancelling.remove(task);
    if (jobId == 0)
        return;
    m_model->setRunning(jobId, false);
    (void)m_model->refreshJob(jobId);
    const JobRecord *job = m_model->jobForId(jobId);
    const QString name = job ? job->definition.name : run.definition.name;
    if (run.id != 0 && (m_runs->jobId() == 0 || m_runs->jobId() == jobId)) {
        const bool wasShown = m_runs->indexForId(run.id).isValid();
        (void)m_runs->refreshRun(run.id);
        if (!wasShown && m_runs->jobId() == jobId)
            selectRun(run.id);
        if (currentRunId() == run.id)
            m_details->showRun(m_runs->runForId(run.id));
    }
    updateActions();

    if (run.id == 0) {
        notify(tr("Job '%1' did not run").arg(name), error, false);
    } else {
        const QString verification = RunFormat::verificationText(run);
        QString message;
        switch (run.status) {
        case RunStatus::Succeeded:
            message =
                tr("'%1' succeeded: %2 rows written, %3 quarantined")
                    .arg(name, RunFormat::count(run.rowsWritten), RunFormat::count(run.rowsQuarantined));
            if (!verification.isEmpty())
                message += tr(", %1").arg(verification);
            message += QLatin1Char('.');
            break;
        case RunStatus::Interrupted:
            message = tr("'%1' was interrupted after %2 rows; run it again to resume.")
                          .arg(name, RunFormat::count(run.rowsRead));
            break;
        case RunStatus::Cancelled: message = tr("'%1' was cancelled.").arg(name); break;
        default: message = tr("'%1' failed: %2").arg(name, run.error); break;
        }
        notify(run.status == RunStatus::Succeeded ? tr("Sync job finished") : tr("Sync job ended"), message,
               run.status == RunStatus::Succeeded);
    }
    Q_EMIT runFinished(jobId, run);
}

void JobsPane::notify(const QString &title, const QString &message, bool ok)
{
    Q_EMIT statusMessage(message, 10000);
    m_notifier->notify(title, message, ok);
}

} // namespace miq
