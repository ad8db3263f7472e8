from sqlalchemy import CheckConstraint, Column, Index, Integer, MetaData, PrimaryKeyConstraint, Sequence, Table, Text

metadata = MetaData()


t_ticket = Table(
    'ticket', metadata,
    Column('id', Integer, Sequence('ticket_seq'), primary_key=True, autoincrement=True),
    Column('code', Text(collation='case_insensitive'), nullable=False),
    Column('label', Text(collation='c_copy')),
    Column('priority', Integer),
    CheckConstraint('priority >= 1 AND priority <= 5', name='ticket_priority_check'),
    PrimaryKeyConstraint('id', name='ticket_pkey'),
    Index('ticket_priority_desc', 'priority', postgresql_ops={'priority': 'int_reverse_ops'})
)
