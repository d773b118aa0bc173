#include "RegisterDocument.h"

#include "services/Register.h"

#include <QTimer>

namespace daicho {

ServiceCommand::ServiceCommand(const QString& text, Step doStep, Step undoStep)
    : m_do(std::move(doStep))
    , m_undo(std::move(undoStep))
{
    setText(text);
}

void ServiceCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (Status s = m_do(); !s) {
        setObsolete(true);
        if (m_document)
            m_document->reportFailure(s.error());
    }
}

void ServiceCommand::undo()
{
    if (Status s = m_undo(); !s) {
        setObsolete(true);
        if (m_document)
            m_document->reportFailure(s.error());
    }
}

void ServiceCommand::setMergeable(int id, const QString& key)
{
    m_id = id;
    m_mergeKey = key;
}

bool ServiceCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const ServiceCommand*>(other);
    if (!o || o->m_id != m_id || o->m_mergeKey != m_mergeKey)
        return false;
    m_do = o->m_do; // redo goes to the newest value, undo back to the oldest
    setText(o->text());
    return true;
}

RegisterDocument::RegisterDocument(std::unique_ptr<Register> reg, QObject* parent)
    : QObject(parent)
    , m_register(std::move(reg))
{}

// The undo stack's commands capture services of the register; clear them first.
RegisterDocument::~RegisterDocument()
{
    m_undo.clear();
}

Status RegisterDocument::execute(std::unique_ptr<ServiceCommand> command)
{
    if (Status s = command->m_do(); !s)
        return s;
    command->m_document = this;
    command->m_skipNextRedo = true;
    m_undo.push(command.release()); // push() calls redo(), which does nothing this once
    return {};
}

Status RegisterDocument::execute(const QString& text, ServiceCommand::Step doStep,
                                 ServiceCommand::Step undoStep)
{
    return execute(std::make_unique<ServiceCommand>(text, std::move(doStep), std::move(undoStep)));
}

void RegisterDocument::reportFailure(const Error& e)
{
    // Reported after the stack has finished its own bookkeeping for this step.
    const QString message = e.message;
    QTimer::singleShot(0, this, [this, message] { Q_EMIT actionFailed(message); });
}

} // namespace daicho
