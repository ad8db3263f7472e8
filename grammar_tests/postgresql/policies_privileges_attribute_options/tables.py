from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_document = Table(
    'document', metadata,
    Column('id', Integer, primary_key=True),
    Column('owner_id', Integer, nullable=False),
    Column('body', Text),
    PrimaryKeyConstraint('id', name='document_pkey')
)
