from sqlalchemy import Column, Integer, MetaData, NCHAR, NVARCHAR, String, Table, Text, text

metadata = MetaData()


t_documents = Table(
    'documents', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', Text(20), nullable=False),
    Column('title', String(255), nullable=False),
    Column('varying', Text(255)),
    Column('nchar_col', NCHAR(55)),
    Column('native', Text(70)),
    Column('nvarchar_col', NVARCHAR(100)),
    Column('body', Text),
    Column('big_body', Text),
    Column('slug', Text, nullable=False),
    Column('padded', String(10)),
    Column('lang', Text, server_default=text("'en'"))
)
