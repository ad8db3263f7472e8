from typing import Optional
import datetime

from sqlalchemy import CHAR, Column, DateTime, ForeignKeyConstraint, Index, String, TIMESTAMP, VARBINARY, text
from sqlalchemy.dialects.mysql import BIGINT
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        Index('users_login_uq', 'login', unique=True),
    )

    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    login: str = Field(sa_column=Column('login', String(64), nullable=False))
    password_hash: bytes = Field(sa_column=Column('password_hash', VARBINARY(64), nullable=False))

    access_tokens: list['AccessTokens'] = Relationship(back_populates='user')


class AccessTokens(SQLModel, table=True):
    __tablename__ = 'access_tokens'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='access_tokens_ibfk_1'),
        Index('user_id', 'user_id')
    )

    token: str = Field(sa_column=Column('token', CHAR(40), primary_key=True))
    user_id: int = Field(sa_column=Column('user_id', BIGINT(20, unsigned=True), nullable=False))
    issued_at: datetime.datetime = Field(sa_column=Column('issued_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp()')))
    expires_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('expires_at', DateTime))

    user: 'Users' = Relationship(back_populates='access_tokens')
