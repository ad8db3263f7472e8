from typing import Optional

from sqlalchemy import CheckConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = 'ticket'
    __table_args__ = (
        CheckConstraint('priority >= 1 AND priority <= 5', name='ticket_priority_check'),
        PrimaryKeyConstraint('id', name='ticket_pkey'),
        Index('ticket_priority_desc', 'priority', postgresql_ops={'priority': 'int_reverse_ops'})
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('ticket_seq'), primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(Text(collation='case_insensitive'), nullable=False)
    label: Mapped[Optional[str]] = mapped_column(Text(collation='c_copy'))
    priority: Mapped[Optional[int]] = mapped_column(Integer)
