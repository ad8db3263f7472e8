from sqlalchemy import Boolean, CheckConstraint, Column, ForeignKey, ForeignKeyConstraint, Index, Integer, MetaData, String, Table, Text, text

metadata = MetaData()


t_people = Table(
    'people', metadata,
    Column('id', Integer, primary_key=True),
    Column('mail2', Text, nullable=False, unique=True),
    Column('body', Text, server_default=text("'text'")),
    Column('handle', String(20)),
    CheckConstraint('length("mail2") > 0 AND "mail2" <> \'email\'', name='ck_email'),
    Index('ix', 'mail2', sqlite_where="mail2" IS NOT NULL)
)

t_posts = Table(
    'posts', metadata,
    Column('id', Integer, primary_key=True),
    Column('user_id', ForeignKey('people.id')),
    Column('e', ForeignKey('people.mail2', ondelete='CASCADE')),
    Column('published', Boolean, nullable=False, server_default=text('0'))
)

t_Tag_List = Table(
    'Tag List', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    Column('post_id', Integer),
    Column('slug', Text),
    CheckConstraint("name <> ''"),
    CheckConstraint("slug <> ''"),
    ForeignKeyConstraint(['post_id'], ['posts.id'], name='fk_post')
)
