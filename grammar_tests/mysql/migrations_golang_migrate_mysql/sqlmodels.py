import datetime

from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Concerts(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    headliner: str = Field(sa_column=Column('headliner', String(200), nullable=False))
    starts_at: datetime.datetime = Field(sa_column=Column('starts_at', DateTime, nullable=False))

    tickets: list['Tickets'] = Relationship(back_populates='concert')


class Tickets(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['concert_id'], ['concerts.id'], ondelete='CASCADE', name='fk_tickets_event'),
        Index('fk_tickets_event', 'concert_id'),
        Index('tickets_holder_email_idx', 'holder_email')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    concert_id: int = Field(sa_column=Column('concert_id', INTEGER(11), nullable=False))
    holder_email: str = Field(sa_column=Column('holder_email', String(190), nullable=False))
    price_cents: int = Field(sa_column=Column('price_cents', INTEGER(10, unsigned=True), nullable=False))

    concert: 'Concerts' = Relationship(back_populates='tickets')
