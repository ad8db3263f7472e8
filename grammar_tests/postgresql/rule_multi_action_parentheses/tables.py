from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_boards = Table(
    'boards', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text),
    PrimaryKeyConstraint('id', name='boards_pkey')
)

t_board_log = Table(
    'board_log', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('board_id', Integer),
    Column('action', Text),
    ForeignKeyConstraint(['board_id'], ['boards.id'], name='board_log_board_fk'),
    PrimaryKeyConstraint('id', name='board_log_pkey')
)
