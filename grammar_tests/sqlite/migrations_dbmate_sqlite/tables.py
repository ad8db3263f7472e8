from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, Table, Text

metadata = MetaData()


t_people = Table(
    'people', metadata,
    Column('id', Integer, primary_key=True),
    Column('full_name', Text, nullable=False)
)

t_quote_list = Table(
    'quote_list', metadata,
    Column('id', Integer),
    Column('full_name', Text),
    Column('body', Text)
)

t_tags = Table(
    'tags', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text, nullable=False, unique=True)
)

t_quotes = Table(
    'quotes', metadata,
    Column('id', Integer, primary_key=True),
    Column('author_id', ForeignKey('people.id'), nullable=False),
    Column('body', Text, nullable=False),
    Column('said_on', Text),
    Index('quotes_author_idx', 'author_id')
)

t_quote_tags = Table(
    'quote_tags', metadata,
    Column('quote_id', ForeignKey('quotes.id'), primary_key=True),
    Column('tag_id', ForeignKey('tags.id'), primary_key=True)
)
