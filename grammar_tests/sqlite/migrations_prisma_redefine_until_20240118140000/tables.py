from sqlalchemy import Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_List = Table(
    'List', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    Column('createdAt', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Index('List_name_key', 'name', unique=True)
)

t_Task = Table(
    'Task', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text, nullable=False),
    Column('done', Boolean, nullable=False, server_default=text('false')),
    Column('priority', Integer, nullable=False, server_default=text('2')),
    Column('dueAt', DateTime),
    Column('listId', Integer, nullable=False),
    ForeignKeyConstraint(['listId'], ['List.id'], ondelete='CASCADE', onupdate='CASCADE', name='Task_listId_fkey'),
    Index('Task_listId_idx', 'listId')
)
