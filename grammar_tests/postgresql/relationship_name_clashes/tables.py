from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text),
    PrimaryKeyConstraint('id', name='users_pkey')
)

t_posts = Table(
    'posts', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('user', Text),
    Column('user_id', Integer),
    Column('editor', Integer),
    Column('editor_id', Integer),
    ForeignKeyConstraint(['editor'], ['users.id'], name='posts_editor_fkey'),
    ForeignKeyConstraint(['editor_id'], ['users.id'], name='posts_editor_id_fkey'),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='posts_user_id_fkey'),
    PrimaryKeyConstraint('id', name='posts_pkey')
)
