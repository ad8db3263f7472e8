from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_author = Table(
    'author', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('email', String(100), nullable=False),
    Column('name', String(100), nullable=False),
    Index('author_email_unique', 'email', unique=True),
    Index('author_name_idx', 'name'),
    Index('name', 'name', 'email')
)

t_book = Table(
    'book', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('author_id', INTEGER(11), nullable=False),
    Column('editor_id', INTEGER(11)),
    Column('title', String(200), nullable=False),
    ForeignKeyConstraint(['author_id'], ['author.id'], name='book_author_fk'),
    ForeignKeyConstraint(['editor_id'], ['author.id'], name='book_editor_fk'),
    Index('author_title', 'author_id', 'title'),
    Index('book_author_idx', 'author_id'),
    Index('editor_title', 'editor_id', 'title')
)
