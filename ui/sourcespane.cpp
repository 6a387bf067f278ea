#include "ui/sourcespane.h"

#include "connectors/connectorregistry.h"
#include "engine/sourceoperations.h"
#include "models/previewmodel.h"
#include "models/sourcesmodel.h"
#include "models/streamsmodel.h"
#include "ui/backgroundcall.h"
#include "ui/panestate.h"
#include "ui/sourcedialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace miq {

namespace {
constexpr int PreviewRows = 200;
}

SourcesPane::SourcesPane(SourcesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_streams(new StreamsModel(this))
    , m_preview(new PreviewModel(this))
    , m_filter(new QLineEdit)
    , m_sourceView(new QTreeView)
    , m_sourceTitle(new QLabel)
    , m_sourceStatus(new QLabel)
    , m_streamView(new QTreeView)
    , m_previewTitle(new QLabel)
    , m_previewView(new QTableView)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_detailSplitter(new QSplitter(Qt::Vertical))
{
    m_add = new QAction(tr("&Add Source…"), this);
    m_add->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_edit = new QAction(tr("&Edit Source…"), this);
    m_edit->setShortcut(QKeySequence(tr("F2")));
    m_duplicate = new QAction(tr("D&uplicate Source"), this);
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_remove = new QAction(tr("&Remove Source…"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_test = new QAction(tr("&Test Connection"), this);
    m_test->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_refresh = new QAction(tr("Re&fresh Streams"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_profile = new QAction(tr("&Profile Stream…"), this);
    m_profile->setToolTip(tr("Open the selected stream in the Profiles pane"));
    m_add->setIconText(tr("Add"));
    m_edit->setIconText(tr("Edit"));
    m_test->setIconText(tr("Test"));
    m_remove->setIconText(tr("Remove"));
    for (QAction *a : {m_add, m_edit, m_duplicate, m_remove, m_test, m_refresh}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(a);
    }
    m_add->setShortcutContext(Qt::WindowShortcut);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SourcesModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(SourcesModel::NameColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("sourceFilter"));
    m_filter->setPlaceholderText(tr("Filter sources (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); m_filter->selectAll(); });
    QWidget::addAction(focusFilter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_sourceView->setObjectName(QStringLiteral("sourceView"));
    m_sourceView->setModel(m_proxy);
    m_sourceView->setRootIsDecorated(false);
    m_sourceView->setUniformRowHeights(true);
    m_sourceView->setSortingEnabled(true);
    m_sourceView->sortByColumn(SourcesModel::NameColumn, Qt::AscendingOrder);
    m_sourceView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_sourceView->addActions({m_edit, m_duplicate, m_test, m_refresh, m_remove});
    m_sourceView->header()->setSectionResizeMode(SourcesModel::NameColumn, QHeaderView::Stretch);
    m_sourceView->header()->setSectionResizeMode(SourcesModel::TypeColumn, QHeaderView::Interactive);
    m_sourceView->header()->setSectionResizeMode(SourcesModel::StatusColumn, QHeaderView::ResizeToContents);
    m_sourceView->header()->resizeSection(SourcesModel::TypeColumn, 110);
    m_sourceView->header()->setStretchLastSection(false);
    connect(m_sourceView, &QTreeView::doubleClicked, this, &SourcesPane::editSource);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_test);
    toolbar->addAction(m_remove);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(toolbar);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_sourceView, 1);

    QFont titleFont = m_sourceTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_sourceTitle->setFont(titleFont);
    m_sourceStatus->setObjectName(QStringLiteral("sourceStatus"));
    m_sourceStatus->setWordWrap(true);
    m_sourceStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_streamView->setObjectName(QStringLiteral("streamView"));
    m_streamView->setModel(m_streams);
    m_streamView->setUniformRowHeights(true);
    m_streamView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_streamView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_streamView->addAction(m_profile);

    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_previewTitle->setWordWrap(true);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setWordWrap(false);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    m_previewView->horizontalHeader()->setMaximumSectionSize(320);

    auto *streamsBox = new QWidget;
    auto *streamsLayout = new QVBoxLayout(streamsBox);
    streamsLayout->setContentsMargins(0, 0, 0, 0);
    streamsLayout->addWidget(m_sourceTitle);
    streamsLayout->addWidget(m_sourceStatus);
    streamsLayout->addWidget(m_streamView, 1);

    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewView, 1);

    m_detailSplitter->addWidget(streamsBox);
    m_detailSplitter->addWidget(previewBox);
    m_detailSplitter->setStretchFactor(1, 2);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({420, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_add, &QAction::triggered, this, &SourcesPane::addSource);
    connect(m_edit, &QAction::triggered, this, &SourcesPane::editSource);
    connect(m_duplicate, &QAction::triggered, this, &SourcesPane::duplicateSource);
    connect(m_remove, &QAction::triggered, this, &SourcesPane::removeSource);
    connect(m_test, &QAction::triggered, this, &SourcesPane::testSource);
    connect(m_refresh, &QAction::triggered, this, &SourcesPane::loadStreams);
    connect(m_profile, &QAction::triggered, this, [this] {
        const QModelIndex current = m_streamView->currentIndex();
        if (current.isValid() && currentSourceId() != 0)
            Q_EMIT profileRequested(currentSourceId(), current.data(StreamsModel::StreamNameRole).toString());
    });
    connect(m_sourceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourcesPane::currentSourceChanged);
    connect(m_streamView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourcesPane::currentStreamChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesPane::currentSourceChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_model->data(topLeft, SourcesModel::IdRole).toLongLong() == currentSourceId())
            updateActions();
    });
    updateActions();
}

SourcesPane::~SourcesPane()
{
    cancelPreview();
}

void SourcesPane::setSecrets(SourceSecrets *secrets)
{
    m_secrets = secrets;
}

qint64 SourcesPane::currentSourceId() const
{
    const QModelIndex current = m_sourceView->currentIndex();
    return current.isValid() ? current.data(SourcesModel::IdRole).toLongLong() : 0;
}

void SourcesPane::selectSource(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
    if (index.isValid())
        m_sourceView->setCurrentIndex(index);
}

QByteArray SourcesPane::saveState() const
{
    return savePaneState(m_splitter, m_detailSplitter, m_sourceView->header());
}

void SourcesPane::restoreState(const QByteArray &state)
{
    restorePaneState(state, m_splitter, m_detailSplitter, m_sourceView->header());
}

void SourcesPane::updateActions()
{
    const qint64 id = currentSourceId();
    const SourceRecord *source = m_model->sourceForId(id);
    for (QAction *a : {m_edit, m_duplicate, m_remove, m_test, m_refresh})
        a->setEnabled(source != nullptr);
    m_add->setEnabled(m_model->workspace() != nullptr);
    if (!source) {
        m_sourceTitle->setText(m_model->rowCount() == 0 && m_model->workspace()
                                   ? tr("No data sources yet. Add one with Source ▸ Add Source…")
                                   : QString());
        m_sourceStatus->clear();
        return;
    }
    const ConnectorSpec *spec = ConnectorRegistry::builtin().spec(source->typeId);
    m_sourceTitle->setText(source->name);
    QString status = tr("%1 · %2").arg(spec ? spec->displayName : source->typeId, sourceStatusName(source->status));
    if (!source->statusMessage.isEmpty())
        status += QStringLiteral(": ") + source->statusMessage;
    if (m_secrets && m_secrets->isSessionOnly(id))
        status += QLatin1Char('\n') + tr("Its secrets are kept for this session only (the keychain could not store them).");
    m_sourceStatus->setText(status);
}

void SourcesPane::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void SourcesPane::withSecrets(qint64 id, std::function<void(const SecretValues &)> then)
{
    const SourceRecord *source = m_model->sourceForId(id);
    if (!m_secrets || !source || source->secretKeys.isEmpty()) {
        then({});
        return;
    }
    const int generation = m_generation;
    const QString name = source->name;
    m_secrets->load(id, [this, then = std::move(then), generation, name](Result<SecretValues> secrets) {
        if (!secrets) {
            Q_EMIT statusMessage(tr("Cannot read the secrets of '%1': %2").arg(name, secrets.error()));
            if (generation == m_generation)
                then({});
            return;
        }
        then(*secrets);
    });
}

void SourcesPane::currentSourceChanged()
{
    ++m_generation;
    cancelPreview();
    m_streams->clear();
    m_preview->clear();
    m_previewTitle->clear();
    updateActions();
    if (currentSourceId() != 0)
        loadStreams();
}

void SourcesPane::loadStreams()
{
    const qint64 id = currentSourceId();
    const SourceRecord *source = m_model->sourceForId(id);
    if (!source)
        return;
    const int generation = ++m_generation;
    cancelPreview();
    m_previewTitle->setText(tr("Looking at what '%1' contains…").arg(source->name));
    const SourceRecord snapshot = *source;
    withSecrets(id, [this, snapshot, generation](const SecretValues &secrets) {
        if (generation != m_generation)
            return;
        const ConnectionSettings settings = SourceOperations::connectionSettings(snapshot, secrets);
        const QString typeId = snapshot.typeId;
        runInBackground(
            this, [typeId, settings] { return SourceOperations::discoverStreams(typeId, settings); },
            [this, generation, id = snapshot.id](Result<QList<StreamInfo>> streams) {
                if (generation != m_generation)
                    return;
                if (!streams) {
                    m_previewTitle->setText(streams.error());
                    (void)m_model->setStatus(id, SourceRecord::Status::Failing, streams.error());
                    return;
                }
                m_streams->setStreams(*streams);
                m_previewTitle->setText(streams->isEmpty() ? tr("This source has no streams.") : QString());
                if (!streams->isEmpty())
                    m_streamView->setCurrentIndex(m_streams->index(0, 0));
            });
    });
}

void SourcesPane::currentStreamChanged()
{
    const QModelIndex current = m_streamView->currentIndex();
    if (!current.isValid())
        return;
    const QString stream = current.data(StreamsModel::StreamNameRole).toString();
    if (stream != m_preview->preview().stream || m_preview->rowCount() == 0)
        loadPreview(stream);
}

void SourcesPane::cancelPreview()
{
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_previewCancel.reset();
}

void SourcesPane::loadPreview(const QString &stream)
{
    const SourceRecord *source = m_model->sourceForId(currentSourceId());
    if (!source)
        return;
    cancelPreview();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_previewCancel = cancel;
    const int generation = m_generation;
    const SourceRecord snapshot = *source;
    m_preview->clear();
    m_previewTitle->setText(tr("Loading a preview of '%1'…").arg(stream));
    withSecrets(snapshot.id, [this, snapshot, stream, cancel, generation](const SecretValues &secrets) {
        if (generation != m_generation || cancel->load())
            return;
        const ConnectionSettings settings = SourceOperations::connectionSettings(snapshot, secrets);
        const QString typeId = snapshot.typeId;
        runInBackground(
            this,
            [typeId, settings, stream, cancel] {
                return SourceOperations::preview(typeId, settings, stream, PreviewRows, cancel.get());
            },
            [this, generation, cancel, stream](Result<PreviewData> data) {
                if (generation != m_generation || cancel->load())
                    return;
                if (!data) {
                    m_previewTitle->setText(data.error());
                    return;
                }
                m_preview->setPreview(*data);
                m_previewView->resizeColumnsToContents();
                QString title = tr("Preview of '%1': first %n row(s)", nullptr, int(data->rows.size())).arg(stream);
                if (!data->badRecords.isEmpty()) {
                    const BadRecord &first = data->badRecords.first();
                    title += QLatin1Char('\n')
                             + tr("%n malformed record(s) set aside; the first at line %1: %2", nullptr,
                                  int(data->badRecords.size()))
                                   .arg(first.line)
                                   .arg(first.reason);
                }
                m_previewTitle->setText(title);
            });
    });
}

void SourcesPane::addSource()
{
    if (!m_model->workspace())
        return;
    SourceRecord fresh;
    fresh.typeId = QStringLiteral("csv");
    auto *dialog = new SourceDialog(fresh, {}, [this](const QString &name) {
        return m_model->workspace()->sourceByName(name).ok();
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SourceRecord record = dialog->source();
        const SecretValues secrets = dialog->secrets();
        const Result<qint64> id = m_model->addSource(record);
        if (!id) {
            showError(tr("Cannot Add Source"), id.error());
            return;
        }
        selectSource(*id);
        if (!secrets.isEmpty() && m_secrets) {
            m_secrets->save(*id, secrets, [this, name = record.name](Status status) {
                if (!status)
                    showError(tr("Secrets Not Stored"), tr("Source '%1': %2").arg(name, status.error()));
                updateActions();
            });
        }
        Q_EMIT statusMessage(tr("Added source '%1'.").arg(record.name), 4000);
    });
    dialog->open();
}

void SourcesPane::editSource()
{
    const qint64 id = currentSourceId();
    if (!m_model->sourceForId(id))
        return;
    withSecrets(id, [this, id](const SecretValues &existing) {
        const SourceRecord *source = m_model->sourceForId(id);
        if (!source)
            return;
        auto *dialog = new SourceDialog(*source, existing, [this, id](const QString &name) {
            const auto other = m_model->workspace()->sourceByName(name);
            return other.ok() && other->id != id;
        }, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, existing] {
            const SourceRecord record = dialog->source();
            const SecretValues secrets = dialog->secrets();
            if (Status s = m_model->updateSource(record); !s) {
                showError(tr("Cannot Save Source"), s.error());
                return;
            }
            if (secrets != existing && m_secrets) {
                m_secrets->save(record.id, secrets, [this, name = record.name](Status status) {
                    if (!status)
                        showError(tr("Secrets Not Stored"), tr("Source '%1': %2").arg(name, status.error()));
                    updateActions();
                });
            }
            loadStreams();
            Q_EMIT statusMessage(tr("Saved source '%1'.").arg(record.name), 4000);
        });
        dialog->open();
    });
}

void SourcesPane::duplicateSource()
{
    const qint64 id = currentSourceId();
    const SourceRecord *source = m_model->sourceForId(id);
    if (!source)
        return;
    SourceRecord copy = *source;
    copy.name = m_model->workspace()->uniqueSourceName(tr("%1 (copy)").arg(source->name));
    withSecrets(id, [this, copy](const SecretValues &secrets) {
        const Result<qint64> newId = m_model->addSource(copy);
        if (!newId) {
            showError(tr("Cannot Duplicate Source"), newId.error());
            return;
        }
        if (!secrets.isEmpty() && m_secrets)
            m_secrets->save(*newId, secrets, [this, name = copy.name](Status status) {
                if (!status)
                    showError(tr("Secrets Not Stored"), tr("Source '%1': %2").arg(name, status.error()));
            });
        selectSource(*newId);
        Q_EMIT statusMessage(tr("Duplicated as '%1'.").arg(copy.name), 4000);
    });
}

void SourcesPane::removeSource()
{
    const qint64 id = currentSourceId();
    const SourceRecord *source = m_model->sourceForId(id);
    if (!source)
        return;
    const QString name = source->name;
    const auto answer = QMessageBox::question(
        this, tr("Remove Source"),
        tr("Remove the data source '%1'? Its settings and the secrets stored for it in the keychain are "
           "deleted. The data itself is not touched.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = m_model->removeSource(id); !s) {
        showError(tr("Cannot Remove Source"), s.error());
        return;
    }
    if (m_secrets)
        m_secrets->remove(id, [this, name](Status status) {
            if (!status)
                Q_EMIT statusMessage(tr("Removed '%1', but its keychain entry could not be deleted: %2")
                                         .arg(name, status.error()));
        });
    Q_EMIT statusMessage(tr("Removed source '%1'.").arg(name), 4000);
}

void SourcesPane::testSource()
{
    const qint64 id = currentSourceId();
    const SourceRecord *source = m_model->sourceForId(id);
    if (!source)
        return;
    const SourceRecord snapshot = *source;
    m_test->setEnabled(false);
    Q_EMIT statusMessage(tr("Testing '%1'…").arg(snapshot.name));
    withSecrets(id, [this, snapshot](const SecretValues &secrets) {
        const ConnectionSettings settings = SourceOperations::connectionSettings(snapshot, secrets);
        const QString typeId = snapshot.typeId;
        runInBackground(
            this, [typeId, settings] { return SourceOperations::testConnection(typeId, settings); },
            [this, snapshot](Result<QString> result) {
                const Status recorded = m_model->setStatus(
                    snapshot.id, result ? SourceRecord::Status::Ok : SourceRecord::Status::Failing,
                    result ? *result : result.error());
                if (!recorded) // the source was removed while the test ran
                    return;
                Q_EMIT statusMessage(result ? tr("'%1' works: %2").arg(snapshot.name, *result)
                                            : tr("'%1' failed: %2").arg(snapshot.name, result.error()),
                                     8000);
                updateActions();
            });
    });
}

} // namespace miq
