import datetime

from sqlalchemy import DateTime, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Concerts(Base):
    __tablename__ = 'concerts'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    headliner: Mapped[str] = mapped_column(String(200), nullable=False)
    starts_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False)

    tickets: Mapped[list['Tickets']] = relationship('Tickets', back_populates='concert')


class Tickets(Base):
    __tablename__ = 'tickets'
    __table_args__ = (
        ForeignKeyConstraint(['concert_id'], ['concerts.id'], ondelete='CASCADE', name='fk_tickets_event'),
        Index('fk_tickets_event', 'concert_id'),
        Index('tickets_holder_email_idx', 'holder_email')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    concert_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    holder_email: Mapped[str] = mapped_column(String(190), nullable=False)
    price_cents: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False)

    concert: Mapped['Concerts'] = relationship('Concerts', back_populates='tickets')
