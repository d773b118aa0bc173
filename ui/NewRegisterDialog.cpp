#include "NewRegisterDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace daicho {

NewRegisterDialog::NewRegisterDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Register"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto* browse = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File:"), pathRow);
    m_organisation = new QLineEdit(this);
    form->addRow(tr("Organisation:"), m_organisation);
    m_scope = new QLineEdit(this);
    m_scope->setPlaceholderText(tr("e.g. Tokyo center"));
    form->addRow(tr("ISMS scope:"), m_scope);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a01010;"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &NewRegisterDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &NewRegisterDialog::validate);

    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setPath(QDir(docs).filePath(tr("register") + QStringLiteral(".daicho")));
}

QString NewRegisterDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty())
        p += QStringLiteral(".daicho");
    return p;
}

QString NewRegisterDialog::organisation() const
{
    return m_organisation->text().trimmed();
}

QString NewRegisterDialog::scope() const
{
    return m_scope->text().trimmed();
}

void NewRegisterDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    validate();
}

void NewRegisterDialog::browse()
{
    const QString p = QFileDialog::getSaveFileName(this, tr("New Register"), path(),
                                                   tr("Daicho registers (*.daicho)"));
    if (!p.isEmpty())
        setPath(p);
}

void NewRegisterDialog::validate()
{
    QString problem;
    const QString p = path();
    if (p.isEmpty())
        problem = tr("Choose where the register file goes.");
    else if (QFileInfo::exists(p))
        problem = tr("%1 already exists; a new register never replaces a file.")
                      .arg(QDir::toNativeSeparators(p));
    else if (!QFileInfo(QFileInfo(p).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist.")
                      .arg(QDir::toNativeSeparators(QFileInfo(p).absolutePath()));
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace daicho
