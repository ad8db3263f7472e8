from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_concerts = Table(
    'concerts', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('headliner', String(200), nullable=False),
    Column('starts_at', DateTime, nullable=False)
)

t_tickets = Table(
    'tickets', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('concert_id', INTEGER(11), nullable=False),
    Column('holder_email', String(190), nullable=False),
    Column('price_cents', INTEGER(10, unsigned=True), nullable=False),
    ForeignKeyConstraint(['concert_id'], ['concerts.id'], ondelete='CASCADE', name='fk_tickets_event'),
    Index('fk_tickets_event', 'concert_id'),
    Index('tickets_holder_email_idx', 'holder_email')
)
