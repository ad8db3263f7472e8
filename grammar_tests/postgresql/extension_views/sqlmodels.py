from sqlalchemy import Column, Integer, PrimaryKeyConstraint
from sqlalchemy.dialects.postgresql import CITEXT
from sqlmodel import Field, SQLModel

class AppUser(SQLModel, table=True):
    __tablename__ = 'app_user'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='app_user_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    email: str = Field(sa_column=Column('email', CITEXT, nullable=False))
