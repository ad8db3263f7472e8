from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


t_document = Table(
    'document', metadata,
    Column('id', Integer, primary_key=True),
    Column('_private', Text),
    Column('json', Text),
    Column('schema', Text),
    Column('register', Integer),
    Column('copy', Text),
    Column('title', Text, nullable=False)
)

t_revision = Table(
    'revision', metadata,
    Column('id', Integer, primary_key=True),
    Column('_document_id', ForeignKey('document.id'), nullable=False),
    Column('body', Text)
)
