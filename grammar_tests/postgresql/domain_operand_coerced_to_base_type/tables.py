from sqlalchemy import CheckConstraint, Column, INTEGER, Integer, MetaData, PrimaryKeyConstraint, TEXT, Table
from sqlalchemy.dialects.postgresql import DOMAIN

metadata = MetaData()


t_note = Table(
    'note', metadata,
    Column('id', Integer, primary_key=True),
    Column('body', DOMAIN('short_text', TEXT(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('qty', DOMAIN('amount', INTEGER(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    CheckConstraint('(qty::integer + 1) > 0', name='note_qty'),
    CheckConstraint("body::text <> ''::text", name='note_body'),
    PrimaryKeyConstraint('id', name='note_pkey')
)
