from sqlalchemy import CheckConstraint, Column, ForeignKey, ForeignKeyConstraint, Integer, MetaData, Table, Text

metadata = MetaData()


t_author = Table(
    'author', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text, nullable=False)
)

t_book = Table(
    'book', metadata,
    Column('id', Integer, primary_key=True),
    Column('author_id', Integer, nullable=False),
    Column('editor_id', Integer),
    Column('isbn', Text, unique=True),
    Column('pages', Integer, nullable=False),
    CheckConstraint('pages > 0'),
    ForeignKeyConstraint(['author_id'], ['author.id'], ondelete='CASCADE', name='fk_book_author'),
    ForeignKeyConstraint(['editor_id'], ['author.id'], ondelete='SET NULL', name='fk_book_editor')
)

t_review = Table(
    'review', metadata,
    Column('book_id', ForeignKey('book.id', onupdate='CASCADE')),
    Column('stars', Integer),
    CheckConstraint('stars BETWEEN 1 AND 5', name='stars_range')
)
